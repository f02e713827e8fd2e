import { parseUntrustedJson, UnsafeJsonError } from "@/lib/safe-json";
import type { z } from "@/lib/zod";
import { acceptPlainCommitment } from "./commitment-fast-path";
import { type DataProblem, DatasetError } from "./dataset-errors";
import {
  type Commitment,
  commitmentSchema,
  type Dataset,
  datasetEnvelopeSchema,
  partyIds,
  statusIds,
} from "./dataset-schema";
import { partyLabels, statusLabels } from "./status";

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
  error: z.ZodError,
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

/** A part of a commitment set aside so that the rest of it can show. */
type Repair = { field: string; message: string };

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
      repairs.push({
        field: `statuses.${party}`,
        message: `is ${JSON.stringify(keptStatuses[party])}, which is not a status (${vocabulary}): the ${partyLabels[party].en} side shows as ${statusLabels.not_started.en} until the file is fixed`,
      });
      delete keptStatuses[party];
    }
  }
  const keptHistory = history?.filter((event, index) => {
    const status = asObject(event)?.status;
    if (!isUnknownStatus(status)) return true;
    repairs.push({
      field: `history[${index}].status`,
      message: `is ${JSON.stringify(status)}, which is not a status (${vocabulary}): this history event is not shown`,
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
    problems.push({
      message: `initiativeId "${commitment.initiativeId}" is not one of the file's initiatives`,
    });
  }
  for (const theme of commitment.themes) {
    if (!themeIds.has(theme)) problems.push({ message: `theme "${theme}" is not one of the file's themes` });
  }
  for (const party of Object.keys(commitment.statuses)) {
    if (!commitment.parties.includes(party as never)) {
      problems.push({ message: `statuses.${party} is given but "${party}" is not one of its parties` });
    }
  }
  for (const event of commitment.history) {
    if (event.commitmentId !== commitment.id) {
      problems.push({ message: `history event "${event.id}" names commitment "${event.commitmentId}"` });
    }
    if (!commitment.parties.includes(event.party)) {
      problems.push({
        message: `history event "${event.id}" is for "${event.party}", not one of its parties`,
      });
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
    throw new DatasetError(
      `The data file is not in the expected format: ${problems.map((p) => `${p.path || "the file"} ${p.message}`).join("; ")}.`,
      problems,
    );
  }
  const { commitments: rawCommitments, ...rest } = envelope.data;
  const problems: DataProblem[] = [];

  for (const collection of ["initiatives", "themes"] as const) {
    const seen = new Set<string>();
    rest[collection].forEach((item, index) => {
      if (seen.has(item.id)) {
        problems.push({ path: `${collection}[${index}].id`, message: `"${item.id}" is used twice` });
      }
      seen.add(item.id);
    });
  }
  if (problems.length > 0) {
    throw new DatasetError(
      `The data file repeats an id: ${problems[0]?.path} ${problems[0]?.message}.`,
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
    const repairProblems = repairs.map((repair) => ({
      path: `commitments[${index}].${repair.field}`,
      commitmentId: commitment.id,
      message: repair.message,
    }));
    if (seenCommitmentIds.has(commitment.id)) {
      problems.push({
        path: `commitments[${index}].id`,
        commitmentId: commitment.id,
        message: `"${commitment.id}" is used by an earlier commitment; this one was left out`,
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
    const detail = error instanceof UnsafeJsonError ? error.message : String(error);
    throw new DatasetError(
      `The data file cannot be read: ${detail}. Whoever edits it should fix it and publish it again.`,
    );
  }
  return parseDataset(json);
}
