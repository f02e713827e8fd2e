import type { UseQueryResult } from "@tanstack/react-query";
import { Message } from "@/components/ui/message";
import type { DataProblem, ParsedDataset } from "@/features/commitments/parse-dataset";
import { DatasetError } from "@/features/commitments/parse-dataset";

type DatasetStatusProps = {
  query: UseQueryResult<ParsedDataset>;
  problems: DataProblem[];
};

function ProblemList({ problems }: { problems: DataProblem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity, and the list never reorders
        <li key={index}>
          {problem.commitmentId && <strong>{problem.commitmentId}: </strong>}
          <code>{problem.path || "(the file)"}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** Loading, failure, and what was wrong in the file: said first, before any view. */
export function DatasetStatus({ query, problems }: DatasetStatusProps) {
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        Loading commitments…
      </p>
    );
  }
  const retry = (
    <button type="button" className="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
      {query.isFetching ? "Trying again…" : "Try again"}
    </button>
  );
  if (query.isError && query.data) {
    const loadedAt = new Date(query.dataUpdatedAt).toLocaleString("en", {
      dateStyle: "medium",
      timeStyle: "short",
    });
    return (
      <Message
        tone="warning"
        title={`The commitments could not be refreshed: showing the copy loaded ${loadedAt}`}
      >
        <p>{query.error.message}</p>
        {retry}
      </Message>
    );
  }
  if (query.isError) {
    const error = query.error;
    return (
      <Message tone="error" title="The commitments could not be loaded">
        <p>{error.message}</p>
        {error instanceof DatasetError && error.problems.length > 1 && (
          <ProblemList problems={error.problems} />
        )}
        {retry}
      </Message>
    );
  }
  if (problems.length === 0) return null;
  const leftOut = new Set(problems.map((problem) => problem.commitmentId ?? problem.path)).size;
  return (
    <Message
      tone="warning"
      title={`${leftOut} ${leftOut === 1 ? "commitment was" : "commitments were"} left out: the data file has mistakes`}
    >
      <p>Everything else is shown. Whoever edits the data file should fix these, then publish it again:</p>
      <ProblemList problems={problems} />
      {retry}
    </Message>
  );
}
