import { DatasetError, DatasetLoadError } from "../dataset-errors";
import type { ParsedDataset } from "../parse-dataset";
import { absoluteDataUrl } from "./last-good-copy-key";
import type { SerializedError, WorkerDone, WorkerReply, WorkerRequest } from "./worker-messages";

/** The error the worker reported, as the class the rest of the app knows (retry rules, messages). */
export function rebuildError(error: SerializedError): Error {
  if (error.kind === "dataset") return new DatasetError(error.message, error.problems, error.text);
  if (error.kind === "load") return new DatasetLoadError(error.message, error.transient, error.text);
  return new Error(error.message);
}

type TrustedTypesFactory = {
  createPolicy(name: "default", rules: { createScriptURL(url: string): string | null }): unknown;
};

let policyInstalled = false;

/**
 * Under Trusted Types (config/security-headers.ts) a worker's address must pass a policy. The headers allow
 * one, the `default` policy, used by the browser for any string that reaches a script-URL sink: it lets
 * through scripts of the app's own origin and nothing else. It has no rule for HTML or script text, so
 * those sinks stay closed. (Vite only bundles the worker when `new Worker(new URL(…))` is written as is.)
 */
function allowOwnWorkerScripts() {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (policyInstalled || !factory) return;
  factory.createPolicy("default", {
    createScriptURL: (candidate) =>
      new URL(candidate, document.baseURI).origin === location.origin ? candidate : null,
  });
  policyInstalled = true;
}

/**
 * fetchDatasetText and parseDatasetText, run in a worker of its own: the same result and the same errors, without blocking the page
 * while a large file is parsed and validated. Not imported here: zod stays out of the page's first script.
 */
export async function fetchDatasetInWorker(url: string, signal?: AbortSignal): Promise<ParsedDataset> {
  // A worker from our own origin, as a module: allowed by `script-src 'self'` (no blob:, no eval).
  allowOwnWorkerScripts();
  const worker = new Worker(new URL("./dataset-worker.ts", import.meta.url), {
    type: "module",
    name: "dataset",
  });
  const end = () => worker.terminate(); // one worker per load; ending it stops its fetch too
  return new Promise<ParsedDataset>((resolve, reject) => {
    signal?.addEventListener(
      "abort",
      () => {
        end();
        reject(signal.reason);
      },
      { once: true },
    );
    worker.onmessage = ({ data }: MessageEvent<WorkerReply | WorkerDone>) => {
      if ("done" in data) return end(); // the copy is kept: only now may the worker go
      if (data.ok) return resolve(data.result);
      end();
      reject(rebuildError(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(
        new DatasetLoadError("The data file could not be read. Try again.", true, { key: "workerFailed" }),
      );
    };
    // The fetch happens in the worker: a URL relative to the page is made absolute first.
    worker.postMessage({ url: absoluteDataUrl(url) } satisfies WorkerRequest);
  });
}
