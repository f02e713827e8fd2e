// The errors of loading the data file, apart from the code that finds them: the first script imports these
// (retry rules, messages) without pulling in the parser and zod (decision 008).

/** One thing wrong with the data file, located well enough for the person who edits it to fix it. */
export type DataProblem = {
  /** Where in the file: "commitments[3].statuses.fr". */
  path: string;
  /** The commitment it concerns, when it can be told. */
  commitmentId?: string;
  message: string;
  /** The commitment still shows, without the part named here; otherwise it was left out. */
  kept?: true;
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

/** The file could not be fetched (network, server, size): worth trying again only when `transient`. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
  constructor(
    message: string,
    /** Network failures, time-outs and server errors (5xx) may pass; a missing file (404) will not. */
    readonly transient: boolean,
  ) {
    super(message);
  }
}
