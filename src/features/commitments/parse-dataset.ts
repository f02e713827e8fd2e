import type { z } from "zod";
import { type Commitment, commitmentSchema, type Dataset, datasetEnvelopeSchema } from "./dataset-schema";

/** One thing wrong with the data file, located well enough for the person who edits it to fix it. */
export type DataProblem = {
  /** Where in the file: "commitments[3].statuses.fr". */
  path: string;
  /** The commitment it concerns, when it can be told. */
  commitmentId?: string;
  message: string;
};

export type ParsedDataset = {
  dataset: Dataset;
  /** Commitments left out, and why. The rest of the file still shows. */
  problems: DataProblem[];
};

/** Thrown when nothing usable can be read: the file itself, or what every commitment depends on, is wrong. */
export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(
    message: string,
    readonly problems: DataProblem[] = [],
  ) {
    super(message);
  }
}

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
    const parsed = commitmentSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...problemsFrom(parsed.error, ["commitments", index], rawId));
      return;
    }
    const commitment = parsed.data;
    if (seenCommitmentIds.has(commitment.id)) {
      problems.push({
        path: `commitments[${index}].id`,
        commitmentId: commitment.id,
        message: `"${commitment.id}" is used by an earlier commitment; this one was left out`,
      });
      return;
    }
    const references = referenceProblems(commitment, initiativeIds, themeIds);
    if (references.length > 0) {
      problems.push(
        ...references.map((p) => ({ ...p, path: `commitments[${index}]`, commitmentId: commitment.id })),
      );
      return;
    }
    seenCommitmentIds.add(commitment.id);
    commitments.push(commitment);
  });

  return { dataset: { ...rest, commitments }, problems };
}
