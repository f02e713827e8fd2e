import type { DatasetErrorText } from "../dataset-errors";
import type { Dataset } from "../dataset-schema";
import type { DataProblem } from "../parse-dataset";

// What the main thread and the data worker say to each other. Errors cross as plain data (a class does not
// survive structured cloning) and are rebuilt as the same error classes on the main thread.

/**
 * Read the file the page fetched (its bytes, handed over without a copy) and keep it, or read back the copy
 * kept by an earlier visit.
 */
export type WorkerRequest =
  | { url: string; read: "file"; body: Uint8Array[] }
  | { url: string; read: "kept-copy" };

export type SerializedError = {
  kind: "dataset" | "load" | "other";
  message: string;
  /** The message as a key and values, worded by the page in its language (decision 014). */
  text: DatasetErrorText;
  problems: DataProblem[];
  transient: boolean;
};

/**
 * The validated commitments, a slice at a time and in the file's order, before the reply: the page takes
 * in one slice while the worker copies out the next, and no single task of the page's is long (decision 010).
 */
export type WorkerSlice = { commitments: Dataset["commitments"] };

/**
 * Sent after the slices: the rest of the file, the problems found, how many commitments were sent, and for
 * a kept copy when it was loaded; or that there is no usable kept copy; or why the file cannot be used.
 */
export type WorkerReply =
  | {
      ok: true;
      envelope: Omit<Dataset, "commitments">;
      problems: DataProblem[];
      count: number;
      loadedAt?: string;
    }
  | { ok: true; none: true }
  | { ok: false; error: SerializedError };

/** Sent last: the worker has kept the file as the last good copy, and can be ended. */
export type WorkerDone = { done: true };

export type WorkerMessage = WorkerSlice | WorkerReply | WorkerDone;
