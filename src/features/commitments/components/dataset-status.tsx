import type { UseQueryResult } from "@tanstack/react-query";
import { Message } from "@/components/ui/message";
import { MAX_NETWORK_RETRIES, RETRY_WHILE_FAILING_MS } from "../api/dataset-query";
import type { LastGoodCopy } from "../api/last-good-copy";
import { type DataProblem, DatasetError, type ParsedDataset } from "../parse-dataset";

type DatasetStatusProps = {
  query: UseQueryResult<ParsedDataset>;
  fallback: LastGoodCopy | null;
  problems: DataProblem[];
};

const MAX_ATTEMPTS = MAX_NETWORK_RETRIES + 1;

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

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

/** How many entries of the file's list the problems concern, whatever their number of mistakes. */
function commitmentsConcerned(problems: DataProblem[]): number {
  return new Set(problems.map((problem) => problem.path.match(/^commitments\[\d+\]/)?.[0] ?? problem.path))
    .size;
}

const commitments = (count: number) => `${count} ${count === 1 ? "commitment" : "commitments"}`;

/** "2 commitments were left out and 1 commitment is shown in part: the data file has mistakes". */
export function problemsTitle(problems: DataProblem[]): string {
  const leftOut = commitmentsConcerned(problems.filter((problem) => !problem.kept));
  const inPart = commitmentsConcerned(problems.filter((problem) => problem.kept));
  const parts = [
    leftOut > 0 && `${commitments(leftOut)} ${leftOut === 1 ? "was" : "were"} left out`,
    inPart > 0 && `${commitments(inPart)} ${inPart === 1 ? "is" : "are"} shown in part`,
  ].filter(Boolean);
  return `${parts.join(" and ")}: the data file has mistakes`;
}

/** Loading, failure, and what was wrong in the file: said first, before any view. */
export function DatasetStatus({ query, fallback, problems }: DatasetStatusProps) {
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
  const attempt = `trying again (attempt ${query.failureCount + 1} of ${MAX_ATTEMPTS})…`;

  if (query.isPending && !fallback) {
    return (
      <p className="loading" role="status">
        {query.failureCount === 0
          ? "Loading commitments…"
          : `${query.failureReason?.message ?? "The data file did not load."} The tracker is ${attempt}`}
      </p>
    );
  }
  if (fallback) {
    const reason = query.error ?? query.failureReason;
    return (
      <Message
        tone="warning"
        title={`The data file could not be loaded: showing the copy this browser kept on ${timeFormat.format(new Date(fallback.loadedAt))}`}
      >
        {reason && <p>{reason.message}</p>}
        <p>
          {query.isPending
            ? `The tracker is ${attempt}`
            : `The tracker tries again every ${RETRY_WHILE_FAILING_MS / 1000} seconds, and at once when the connection comes back.`}{" "}
          Updates you make are kept in this browser meanwhile.
        </p>
        {!query.isPending && retry}
      </Message>
    );
  }
  if (query.isError && query.data) {
    return (
      <Message
        tone="warning"
        title={`The commitments could not be refreshed: showing the copy loaded ${timeFormat.format(new Date(query.dataUpdatedAt))}`}
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
  return (
    <Message tone="warning" title={problemsTitle(problems)}>
      <p>Everything else is shown. Whoever edits the data file should fix these, then publish it again:</p>
      <ProblemList problems={problems} />
      {retry}
    </Message>
  );
}
