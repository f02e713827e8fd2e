import type { UseQueryResult } from "@tanstack/react-query";
import { Message } from "@/components/ui/message";
import { countOf } from "@/lib/count";
import { isTransient, MAX_NETWORK_RETRIES, RETRY_WHILE_FAILING_MS } from "../api/dataset-query";
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

/** "2 commitments were left out and 1 commitment is shown in part: the data file has mistakes". */
export function problemsTitle(problems: DataProblem[]): string {
  const leftOut = commitmentsConcerned(problems.filter((problem) => !problem.kept));
  const inPart = commitmentsConcerned(problems.filter((problem) => problem.kept));
  const parts = [
    leftOut > 0 &&
      `${countOf(leftOut, "commitment", "commitments")} ${leftOut === 1 ? "was" : "were"} left out`,
    inPart > 0 &&
      `${countOf(inPart, "commitment", "commitments")} ${inPart === 1 ? "is" : "are"} shown in part`,
  ].filter(Boolean);
  return `${parts.join(" and ")}: the data file has mistakes`;
}

function RetryButton({ query }: { query: UseQueryResult<ParsedDataset> }) {
  return (
    // aria-disabled, not disabled, and always rendered: removing or disabling the focused button would drop
    // keyboard focus.
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
}

/** The file cannot be had; the copy this browser kept is on screen instead. */
function KeptCopyNotice({
  query,
  fallback,
}: {
  query: UseQueryResult<ParsedDataset>;
  fallback: LastGoodCopy;
}) {
  const reason = query.error ?? query.failureReason;
  const broken = reason !== null && !isTransient(reason);
  return (
    <Message
      tone="warning"
      title={`The data file could not be loaded: showing the copy this browser kept on ${timeFormat.format(new Date(fallback.loadedAt))}`}
    >
      {reason && <p>{reason.message}</p>}
      {reason instanceof DatasetError && reason.problems.length > 1 && (
        <ProblemList problems={reason.problems} />
      )}
      <p>
        {broken
          ? "Once a corrected file is published, Try again shows it."
          : query.isFetching && query.failureCount > 0
            ? `The tracker is trying again (attempt ${query.failureCount + 1} of ${MAX_ATTEMPTS}).`
            : `The tracker tries again every ${RETRY_WHILE_FAILING_MS / 1000} seconds, and at once when the connection comes back.`}{" "}
        Updates you make are kept in this browser meanwhile.
      </p>
      {fallback.problems.length > 0 && (
        <>
          <p>{problemsTitle(fallback.problems).replace("the data file has", "that copy has")}:</p>
          <ProblemList problems={fallback.problems} />
        </>
      )}
      <RetryButton query={query} />
    </Message>
  );
}

/** Loading, failure, and what was wrong in the file: said first, before any view. */
export function DatasetStatus({ query, fallback, problems }: DatasetStatusProps) {
  if (fallback) return <KeptCopyNotice query={query} fallback={fallback} />;
  if (query.isPending) {
    const message =
      query.failureCount > 0
        ? `${query.failureReason?.message ?? "The data file did not load."} The tracker is trying again (attempt ${query.failureCount + 1} of ${MAX_ATTEMPTS})…`
        : query.errorUpdateCount > 0
          ? "The data file could not be loaded before; trying again…"
          : "Loading commitments…";
    return (
      <p className="loading" role="status">
        {message}
      </p>
    );
  }
  if (query.isError && query.data) {
    return (
      <Message
        tone="warning"
        title={`The commitments could not be refreshed: showing the copy loaded ${timeFormat.format(new Date(query.dataUpdatedAt))}`}
      >
        <p>{query.error.message}</p>
        <RetryButton query={query} />
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
        <RetryButton query={query} />
      </Message>
    );
  }
  if (problems.length === 0) return null;
  return (
    <Message tone="warning" title={problemsTitle(problems)}>
      <p>Everything else is shown. Whoever edits the data file should fix these, then publish it again:</p>
      <ProblemList problems={problems} />
      <RetryButton query={query} />
    </Message>
  );
}
