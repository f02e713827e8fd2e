import type { DatasetErrorText } from "../dataset-errors";
import type { DataProblem, ParsedDataset } from "../parse-dataset";

// What the main thread and the data worker say to each other. Errors cross as plain data (a class does not
// survive structured cloning) and are rebuilt as the same error classes on the main thread.

export type WorkerRequest = { url: string };

export type SerializedError = {
  kind: "dataset" | "load" | "other";
  message: string;
  /** The message as a key and values, worded by the page in its language (decision 014). */
  text: DatasetErrorText;
  problems: DataProblem[];
  transient: boolean;
};

export type WorkerReply = { ok: true; result: ParsedDataset } | { ok: false; error: SerializedError };

/** Sent last: the worker has kept the file as the last good copy, and can be ended. */
export type WorkerDone = { done: true };
