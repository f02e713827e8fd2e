import { DatasetError, DatasetLoadError } from "../dataset-errors";
import type { Dataset } from "../dataset-schema";
import type { ParsedDataset } from "../parse-dataset";
import { fetchDatasetBytes } from "./fetch-dataset";
import type { LastGoodCopy } from "./last-good-copy";
import { absoluteDataUrl } from "./last-good-copy-key";
import type { SerializedError, WorkerMessage } from "./worker-messages";

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

type WorkerResult = (ParsedDataset & { loadedAt?: string }) | null;

/** What a worker is asked: the file at `url` (fetched by the page), or the copy kept for it. */
type WorkerJob = { url: string; read: "file" | "kept-copy" };

/**
 * The pieces' memory, to hand over to the worker rather than copy. Once handed over the pieces are empty
 * here: nothing on the page reads them again.
 */
const memoryOf = (parts: readonly Uint8Array[]) => [
  ...new Set(parts.map((part) => part.buffer as ArrayBuffer)),
];

/** One job for a worker of its own: the validated data (null: no kept copy), or the error it reported. */
function runInWorker(job: WorkerJob, signal?: AbortSignal): Promise<WorkerResult> {
  // A worker from our own origin, as a module: allowed by `script-src 'self'` (no blob:, no eval).
  allowOwnWorkerScripts();
  const worker = new Worker(new URL("./dataset-worker.ts", import.meta.url), {
    type: "module",
    name: "dataset",
  });
  // The page fetches the file, not the worker: a worker starts only once the page's main thread is free
  // to start it, and the page is busy starting React then; the download runs meanwhile (decision 010).
  const stopFetch = new AbortController();
  const end = () => {
    stopFetch.abort();
    worker.terminate(); // one worker per load
  };
  return new Promise<WorkerResult>((resolve, reject) => {
    signal?.addEventListener(
      "abort",
      () => {
        end();
        reject(signal.reason);
      },
      { once: true },
    );
    // The commitments arrive in slices before the reply (worker-messages.ts).
    const slices: Dataset["commitments"][] = [];
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if ("commitments" in data) return void slices.push(data.commitments);
      if ("done" in data) return end(); // the copy is kept: only now may the worker go
      if (!data.ok) {
        end();
        return reject(rebuildError(data.error));
      }
      if ("none" in data) return resolve(null);
      const commitments = slices.flat();
      if (commitments.length !== data.count) {
        end();
        return reject(new DatasetLoadError("The data file could not be read. Try again.", true));
      }
      const { envelope, problems, loadedAt } = data;
      resolve({ dataset: { ...envelope, commitments }, problems, ...(loadedAt ? { loadedAt } : {}) });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(
        new DatasetLoadError("The data file could not be read. Try again.", true, { key: "workerFailed" }),
      );
    };
    if (job.read === "kept-copy") return worker.postMessage(job);
    fetchDatasetBytes(job.url, { signal: stopFetch.signal }).then(
      (body) => worker.postMessage({ ...job, read: "file", body }, memoryOf(body)),
      (error: unknown) => {
        end();
        reject(error);
      },
    );
  });
}

/**
 * fetchDatasetBytes and parseDatasetText, the parsing run in a worker of its own: the same result and the same
 * errors, without blocking the page while a large file is parsed and validated. Not imported here: zod stays
 * out of the page's first script.
 */
export async function fetchDatasetInWorker(url: string, signal?: AbortSignal): Promise<ParsedDataset> {
  // The worker keeps the copy under the file's address: a URL relative to the page is made absolute first.
  const result = await runInWorker({ url: absoluteDataUrl(url), read: "file" }, signal);
  if (!result) throw new DatasetLoadError("The data file could not be read. Try again.", true);
  return result;
}

/** The copy kept by an earlier visit (readLastGoodCopy), read and validated in a worker; null if none. */
export async function readKeptCopyInWorker(url: string): Promise<LastGoodCopy | null> {
  try {
    const copy = await runInWorker({ url: absoluteDataUrl(url), read: "kept-copy" });
    return copy?.loadedAt ? { ...copy, loadedAt: copy.loadedAt } : null;
  } catch {
    return null; // no copy is shown, as when none was kept
  }
}

let headStart: { url: string; load: Promise<ParsedDataset>; stop: AbortController } | undefined;

/**
 * Starts loading the data file before anything else of the page has run (app/head-start.ts): the worker and
 * the download then overlap React's start-up and the loading of the views' code (decision 010).
 */
export function startDatasetLoad(url: string): void {
  const stop = new AbortController();
  const load = fetchDatasetInWorker(url, stop.signal);
  load.catch(() => undefined); // whoever takes it handles its failure
  headStart = { url, load, stop };
}

/** The load started ahead for this address, taken once (a retry starts afresh); else a new load. */
export function loadDataset(url: string, signal?: AbortSignal): Promise<ParsedDataset> {
  const started = headStart;
  headStart = undefined;
  if (started?.url !== url) {
    started?.stop.abort();
    return fetchDatasetInWorker(url, signal);
  }
  signal?.addEventListener("abort", () => started.stop.abort(signal.reason), { once: true });
  return started.load;
}
