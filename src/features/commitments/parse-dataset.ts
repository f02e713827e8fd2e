import { fillIn } from "@/lib/message";
import { parseUntrustedJson, UnsafeJsonError } from "@/lib/safe-json";
import type { z } from "@/lib/zod";
import { commitments as en } from "@/locales/en/commitments";
import { acceptPlainCommitment } from "./commitment-fast-path";
import {
  type DataProblem,
  type DataProblemText,
  DatasetError,
  type DatasetErrorText,
} from "./dataset-errors";
import {
  type Commitment,
  commitmentSchema,
  type Dataset,
  datasetEnvelopeSchema,
  partyIds,
  statusIds,
} from "./dataset-schema";

export { type DataProblem, DatasetError };

export type ParsedDataset = {
  dataset: Dataset;
  /** Commitments left out, and why. The rest of the file still shows. */
  problems: DataProblem[];
};

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

function problemsFrom(
  error: z.core.$ZodError,
  prefix: readonly PropertyKey[],
  commitmentId?: string,
): DataProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
    ...(commitmentId ? { commitmentId } : {}),
  }));
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || !("id" in value)) return undefined;
  return typeof value.id === "string" ? value.id : undefined;
}

/** What the tracker says about a part of the file: as a key and values (decision 014), and in English. */
function said(text: DataProblemText): Pick<DataProblem, "message" | "text"> {
  return { message: fillIn(en.problem[text.key], text.values), text };
}

function datasetError(text: DatasetErrorText, problems: DataProblem[]): DatasetError {
  return new DatasetError(fillIn(en.error[text.key], text.values), problems, text);
}

/** A part of a commitment set aside so that the rest of it can show. */
type Repair = { field: string } & Pick<DataProblem, "message" | "text">;

const knownStatuses = new Set<string>(statusIds);
const isUnknownStatus = (value: unknown) => typeof value === "string" && !knownStatuses.has(value);
const asObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

/**
 * A status word the tracker does not know ("finished", or one from a newer vocabulary) should not hide the
 * whole commitment: that side's status is left unset (shown as not started) and a history event carrying
 * one is left out, each reported. Returns a copy; the input is never changed.
 */
export function setAsideUnknownStatuses(raw: unknown): { commitment: unknown; repairs: Repair[] } {
  const commitment = asObject(raw);
  if (!commitment) return { commitment: raw, repairs: [] };
  const statuses = asObject(commitment.statuses);
  const history = Array.isArray(commitment.history) ? commitment.history : null;
  const repairs: Repair[] = [];
  const vocabulary = statusIds.join(", ");
  const keptStatuses = statuses ? { ...statuses } : statuses;
  // Only a party's own status is set aside; a status for a side that is not a party is a mistake of another
  // kind, reported by the checks below.
  const parties = Array.isArray(commitment.parties) ? commitment.parties : [];
  for (const party of partyIds) {
    if (keptStatuses && parties.includes(party) && isUnknownStatus(keptStatuses[party])) {
      // `side` and `shownAs` are ids in the text: the page names them in its language.
      const values = { value: JSON.stringify(keptStatuses[party]), vocabulary };
      repairs.push({
        field: `statuses.${party}`,
        message: fillIn(en.problem.unknownPartyStatus, {
          ...values,
          side: en.party[party],
          shownAs: en.status.not_started,
        }),
        text: { key: "unknownPartyStatus", values: { ...values, side: party, shownAs: "not_started" } },
      });
      delete keptStatuses[party];
    }
  }
  const keptHistory = history?.filter((event, index) => {
    const status = asObject(event)?.status;
    if (!isUnknownStatus(status)) return true;
    repairs.push({
      field: `history[${index}].status`,
      ...said({ key: "unknownEventStatus", values: { value: JSON.stringify(status), vocabulary } }),
    });
    return false;
  });
  if (repairs.length === 0) return { commitment: raw, repairs };
  return { commitment: { ...commitment, statuses: keptStatuses, history: keptHistory }, repairs };
}

/** Checks between commitments and the rest of the file that a schema of one commitment cannot see. */
function referenceProblems(
  commitment: Commitment,
  initiativeIds: Set<string>,
  themeIds: Set<string>,
): Omit<DataProblem, "path">[] {
  const problems: Omit<DataProblem, "path">[] = [];
  if (!initiativeIds.has(commitment.initiativeId)) {
    problems.push(said({ key: "unknownInitiative", values: { id: commitment.initiativeId } }));
  }
  for (const theme of commitment.themes) {
    if (!themeIds.has(theme)) problems.push(said({ key: "unknownTheme", values: { id: theme } }));
  }
  for (const party of Object.keys(commitment.statuses)) {
    if (!commitment.parties.includes(party as never)) {
      problems.push(said({ key: "statusOfNonParty", values: { party } }));
    }
  }
  for (const event of commitment.history) {
    if (event.commitmentId !== commitment.id) {
      problems.push(
        said({ key: "eventOfOtherCommitment", values: { event: event.id, commitment: event.commitmentId } }),
      );
    }
    if (!commitment.parties.includes(event.party)) {
      problems.push(said({ key: "eventOfNonParty", values: { event: event.id, party: event.party } }));
    }
  }
  return problems;
}

/**
 * Reads a data file leniently: the envelope (initiatives, themes, source) must be right, but a commitment
 * that is wrong is left out and reported, so one bad edit does not hide everything else.
 */
export function parseDataset(input: unknown): ParsedDataset {
  const envelope = datasetEnvelopeSchema.safeParse(input);
  if (!envelope.success) {
    const problems = problemsFrom(envelope.error, []);
    // zod's details are written for the file's editor, in English; the page marks them as English.
    const detail = problems.map((p) => `${p.path || "the file"} ${p.message}`).join("; ");
    throw datasetError({ key: "notFormat", values: { detail } }, problems);
  }
  const { commitments: rawCommitments, ...rest } = envelope.data;
  const problems: DataProblem[] = [];

  for (const collection of ["initiatives", "themes"] as const) {
    const seen = new Set<string>();
    rest[collection].forEach((item, index) => {
      if (seen.has(item.id)) {
        problems.push({
          path: `${collection}[${index}].id`,
          ...said({ key: "usedTwice", values: { id: item.id } }),
        });
      }
      seen.add(item.id);
    });
  }
  if (problems.length > 0) {
    const [first] = problems;
    throw datasetError(
      { key: "repeatsId", values: { path: first?.path ?? "", id: String(first?.text?.values?.id) } },
      problems,
    );
  }

  const initiativeIds = new Set(rest.initiatives.map((initiative) => initiative.id));
  const themeIds = new Set(rest.themes.map((theme) => theme.id));
  const seenCommitmentIds = new Set<string>();
  const commitments: Commitment[] = [];

  rawCommitments.forEach((raw, index) => {
    const rawId = idOf(raw);
    const { commitment: repaired, repairs } = setAsideUnknownStatuses(raw);
    // Most commitments plainly follow the schema, and are recognised fast; zod checks the others, and says
    // what is wrong with them (decision 010).
    const plain = acceptPlainCommitment(repaired);
    const parsed = plain ? { success: true as const, data: plain } : commitmentSchema.safeParse(repaired);
    if (!parsed.success) {
      // Wrong in other ways too: left out, and every mistake reported, the unknown statuses included.
      const original = repairs.length > 0 ? commitmentSchema.safeParse(raw) : parsed;
      if (!original.success) problems.push(...problemsFrom(original.error, ["commitments", index], rawId));
      return;
    }
    const commitment = parsed.data;
    const repairProblems = repairs.map(({ field, ...wording }) => ({
      path: `commitments[${index}].${field}`,
      commitmentId: commitment.id,
      ...wording,
    }));
    if (seenCommitmentIds.has(commitment.id)) {
      problems.push({
        path: `commitments[${index}].id`,
        commitmentId: commitment.id,
        ...said({ key: "duplicateCommitment", values: { id: commitment.id } }),
      });
      problems.push(...repairProblems); // left out all the same: every mistake is listed
      return;
    }
    const references = referenceProblems(commitment, initiativeIds, themeIds);
    if (references.length > 0) {
      problems.push(
        ...references.map((p) => ({ ...p, path: `commitments[${index}]`, commitmentId: commitment.id })),
        ...repairProblems,
      );
      return;
    }
    seenCommitmentIds.add(commitment.id);
    commitments.push(commitment);
    problems.push(...repairProblems.map((problem) => ({ ...problem, kept: true as const })));
  });

  return { dataset: { ...rest, commitments }, problems };
}

/** The file's text, read and validated: throws a DatasetError (never retried) when it cannot be used. */
export function parseDatasetText(text: string): ParsedDataset {
  let json: unknown;
  try {
    json = parseUntrustedJson(text);
  } catch (error) {
    const reason = error instanceof UnsafeJsonError ? error.reason : null;
    const said: DatasetErrorText =
      reason?.kind === "refusedKey"
        ? { key: "cannotReadRefusedKey", values: { key: reason.key, path: reason.path } }
        : reason?.kind === "notJson"
          ? { key: "cannotReadNotJson", values: { detail: reason.detail } }
          : { key: "cannotRead", values: { detail: String(error) } };
    throw datasetError(said, []);
  }
  return parseDataset(json);
}
