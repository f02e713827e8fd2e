import type { Message } from "@/lib/message";
import type { commitments } from "@/locales/en/commitments";

// The errors of loading the data file, apart from the code that finds them: the first script imports these
// (retry rules, messages) without pulling in the parser and zod (decision 008). Each carries its text as a
// key and values (decision 014), worded where it is shown in the page's language; `message` is its English.

/** What an error of the data file says: a key of the `commitments` texts' `error` group. */
export type DatasetErrorText = Message<keyof typeof commitments.error>;
/** What a problem found in the data file says, when the tracker found it (zod's own details are English). */
export type DataProblemText = Message<keyof typeof commitments.problem>;

/** One thing wrong with the data file, located well enough for the person who edits it to fix it. */
export type DataProblem = {
  /** Where in the file: "commitments[3].statuses.fr". */
  path: string;
  /** The commitment it concerns, when it can be told. */
  commitmentId?: string;
  message: string;
  /** `message` as a key and values, when the tracker wrote it; else `message` is zod's (English) wording. */
  text?: DataProblemText;
  /** The commitment still shows, without the part named here; otherwise it was left out. */
  kept?: true;
};

/** Thrown when nothing usable can be read: the file itself, or what every commitment depends on, is wrong. */
export class DatasetError extends Error {
  override name = "DatasetError";
  constructor(
    message: string,
    readonly problems: DataProblem[] = [],
    readonly text: DatasetErrorText = { key: "other", values: { detail: message } },
  ) {
    super(message);
  }
}

/** The file could not be fetched (network, server, size): worth trying again only when `transient`. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
  constructor(
    message: string,
    /** Network failures, time-outs and server errors (5xx) may pass; a missing file (404) will not. */
    readonly transient: boolean,
    readonly text: DatasetErrorText = { key: "other", values: { detail: message } },
  ) {
    super(message);
  }
}
