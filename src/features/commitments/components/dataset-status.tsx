import type { UseQueryResult } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Message } from "@/components/ui/message";
import { useFormat } from "@/lib/intl-format";
import { isTransient, MAX_NETWORK_RETRIES, RETRY_WHILE_FAILING_MS } from "../api/dataset-query";
import type { LastGoodCopy } from "../api/last-good-copy";
import { DatasetError, DatasetLoadError } from "../dataset-errors";
import type { DataProblem, ParsedDataset } from "../parse-dataset";
import { DataProblemMessage, DatasetErrorMessage } from "./data-text";

type DatasetStatusProps = {
  query: UseQueryResult<ParsedDataset>;
  fallback: LastGoodCopy | null;
  problems: DataProblem[];
};

const MAX_ATTEMPTS = MAX_NETWORK_RETRIES + 1;

/** An error of loading, in the page's language when the tracker wrote it (decision 014). */
function ErrorText({ error }: { error: Error }) {
  if (error instanceof DatasetError || error instanceof DatasetLoadError) {
    return <DatasetErrorMessage text={error.text} />;
  }
  return <span lang="en">{error.message}</span>;
}

function ProblemList({ problems }: { problems: DataProblem[] }) {
  const { t } = useTranslation("commitments");
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity, and the list never reorders
        <li key={index}>
          {problem.commitmentId && <strong>{problem.commitmentId}: </strong>}
          <code>{problem.path || t("data.theFile")}</code> <DataProblemMessage problem={problem} />
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
export function problemsTitle(
  t: TFunction<"commitments">,
  problems: DataProblem[],
  whose: "file" | "copy" = "file",
): string {
  const leftOut = commitmentsConcerned(problems.filter((problem) => !problem.kept));
  const inPart = commitmentsConcerned(problems.filter((problem) => problem.kept));
  const parts: string[] = [];
  if (leftOut > 0) parts.push(String(t("data.leftOut", { count: leftOut })));
  if (inPart > 0) parts.push(String(t("data.inPart", { count: inPart })));
  const [first = "", second] = parts;
  const joined = second ? String(t("data.both", { first, second })) : first;
  return t(whose === "file" ? "data.fileHasMistakes" : "data.copyHasMistakes", { parts: joined });
}

function RetryButton({ query }: { query: UseQueryResult<ParsedDataset> }) {
  const { t } = useTranslation("commitments");
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
      {query.isFetching ? t("data.tryingAgain") : t("data.tryAgain")}
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
  const { t } = useTranslation("commitments");
  const format = useFormat();
  const reason = query.error ?? query.failureReason;
  const broken = reason !== null && !isTransient(reason);
  return (
    <Message tone="warning" title={t("data.keptCopyTitle", { date: format.dateTime(fallback.loadedAt) })}>
      {reason && (
        <p>
          <ErrorText error={reason} />
        </p>
      )}
      {reason instanceof DatasetError && reason.problems.length > 1 && (
        <ProblemList problems={reason.problems} />
      )}
      <p>
        {broken
          ? t("data.onceCorrected")
          : query.isFetching && query.failureCount > 0
            ? t("data.attempt", { attempt: query.failureCount + 1, max: MAX_ATTEMPTS })
            : t("data.triesEvery", { seconds: RETRY_WHILE_FAILING_MS / 1000 })}{" "}
        {t("data.keptMeanwhile")}
      </p>
      {fallback.problems.length > 0 && (
        <>
          <p>{problemsTitle(t, fallback.problems, "copy")}:</p>
          <ProblemList problems={fallback.problems} />
        </>
      )}
      <RetryButton query={query} />
    </Message>
  );
}

/** Loading, failure, and what was wrong in the file: said first, before any view. */
export function DatasetStatus({ query, fallback, problems }: DatasetStatusProps) {
  const { t } = useTranslation(["commitments", "common", "app"]);
  const format = useFormat();
  if (fallback) return <KeptCopyNotice query={query} fallback={fallback} />;
  if (query.isPending) {
    const reason = query.failureReason;
    return (
      <p className="loading" role="status">
        {query.failureCount > 0 ? (
          <>
            {reason ? <ErrorText error={reason} /> : t("data.didNotLoad")}{" "}
            {t("data.attemptPending", {
              reason: "",
              attempt: query.failureCount + 1,
              max: MAX_ATTEMPTS,
            }).trim()}
          </>
        ) : query.errorUpdateCount > 0 ? (
          t("data.failedBefore")
        ) : (
          t("common:loading")
        )}
      </p>
    );
  }
  if (query.isError && query.data) {
    return (
      <Message tone="warning" title={t("data.notRefreshed", { date: format.dateTime(query.dataUpdatedAt) })}>
        <p>
          <ErrorText error={query.error} />
        </p>
        <RetryButton query={query} />
      </Message>
    );
  }
  if (query.isError) {
    const error = query.error;
    return (
      <Message tone="error" titleAs="h1" title={t("data.notLoaded")}>
        <title>{t("app:documentTitle", { page: t("data.notLoadedDocumentTitle") })}</title>
        <p>
          <ErrorText error={error} />
        </p>
        {error instanceof DatasetError && error.problems.length > 1 && (
          <ProblemList problems={error.problems} />
        )}
        <RetryButton query={query} />
      </Message>
    );
  }
  if (problems.length === 0) return null;
  return (
    <Message tone="warning" title={problemsTitle(t, problems)}>
      <p>{t("data.everythingElse")}</p>
      <ProblemList problems={problems} />
      <RetryButton query={query} />
    </Message>
  );
}
