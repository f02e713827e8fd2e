import { DatasetError, type ParsedDataset } from "../parse-dataset";
import { DatasetLoadError } from "./fetch-dataset";
import type { SerializedError, WorkerReply, WorkerRequest } from "./worker-messages";

/** The error the worker reported, as the class the rest of the app knows (retry rules, messages). */
export function rebuildError(error: SerializedError): Error {
  if (error.kind === "dataset") return new DatasetError(error.message, error.problems);
  if (error.kind === "load") return new DatasetLoadError(error.message, error.transient);
  return new Error(error.message);
}

/**
 * fetchDataset, run in a worker of its own: the same result and the same errors, without blocking the page
 * while a large file is parsed and validated. Not imported here: zod stays out of the page's first script.
 */
export async function fetchDatasetInWorker(url: string, signal?: AbortSignal): Promise<ParsedDataset> {
  // A worker from our own origin, as a module: allowed by `script-src 'self'` (no blob:, no eval).
  const worker = new Worker(new URL("./dataset-worker.ts", import.meta.url), {
    type: "module",
    name: "dataset",
  });
  try {
    return await new Promise<ParsedDataset>((resolve, reject) => {
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      worker.onmessage = ({ data }: MessageEvent<WorkerReply>) =>
        data.ok ? resolve(data.result) : reject(rebuildError(data.error));
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new DatasetLoadError("The data file could not be read. Try again.", true));
      };
      // The fetch happens in the worker: a URL relative to the page is made absolute first.
      worker.postMessage({ url: new URL(url, document.baseURI).href } satisfies WorkerRequest);
    });
  } finally {
    worker.terminate(); // one worker per load; an aborted load stops its fetch too
  }
}
