import { useTracker } from "../use-tracker";
import { CommitmentTable } from "./commitment-table";

export function CommitmentListRoute() {
  const { dataset, visible } = useTracker();
  if (!dataset) return null;
  return (
    <>
      <title>All commitments — US–France commitments tracker</title>
      <h1>All commitments</h1>
      {visible.length === 0 ? (
        <p className="empty">No commitment matches the filters. Clear a filter to see more.</p>
      ) : (
        <CommitmentTable items={visible} initiatives={dataset.initiatives} />
      )}
    </>
  );
}
