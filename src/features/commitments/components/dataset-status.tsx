import type { UseQueryResult } from "@tanstack/react-query";
import { Message } from "@/components/ui/message";
import { type DataProblem, DatasetError, type ParsedDataset } from "../parse-dataset";

type DatasetStatusProps = {
  query: UseQueryResult<ParsedDataset>;
  problems: DataProblem[];
};

const MAX_ATTEMPTS = 4; // the first try and three retries (api/dataset-query.ts)

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

/** How many commitments the problems concern: one per entry of the file's list, whatever its errors. */
function commitmentsLeftOut(problems: DataProblem[]): number {
  return new Set(problems.map((problem) => problem.path.match(/^commitments\[\d+\]/)?.[0] ?? problem.path))
    .size;
}

/** Loading, failure, and what was wrong in the file: said first, before any view. */
export function DatasetStatus({ query, problems }: DatasetStatusProps) {
  const retry = (
    // aria-disabled, not disabled: disabling the focused button would drop keyboard focus.
    <button
      type="button"
      className="button"
      aria-disabled={query.isFetching}
      onClick={() => {
        if (!query.isFetching) void query.refetch();
      }}
    >
      {query.isFetching ? "Trying again…" : "Try again"}
    </button>
  );
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {query.failureCount === 0
          ? "Loading commitments…"
          : `The data file did not load; trying again (attempt ${query.failureCount + 1} of ${MAX_ATTEMPTS})…`}
      </p>
    );
  }
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
      <Message tone="error" titleAs="h1" title="The commitments could not be loaded">
        <title>Commitments could not be loaded — US–France commitments tracker</title>
        <p>{error.message}</p>
        {error instanceof DatasetError && error.problems.length > 1 && (
          <ProblemList problems={error.problems} />
        )}
        {retry}
      </Message>
    );
  }
  if (problems.length === 0) return null;
  const leftOut = commitmentsLeftOut(problems);
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
