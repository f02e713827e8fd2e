import { useTranslation } from "react-i18next";
import { useTracker } from "../use-tracker";
import { CommitmentTable } from "./commitment-table";

export function CommitmentListRoute() {
  const { t } = useTranslation(["commitments", "app"]);
  const { dataset, visible } = useTracker();
  if (!dataset) return null;
  return (
    <>
      <title>{t("app:documentTitle", { page: t("list.title") })}</title>
      <h1>{t("list.title")}</h1>
      {visible.length === 0 ? (
        <p className="empty">{t("list.empty")}</p>
      ) : (
        <CommitmentTable items={visible} initiatives={dataset.initiatives} />
      )}
    </>
  );
}
