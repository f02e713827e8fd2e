/// <reference lib="webworker" />
import { DatasetError, DatasetLoadError } from "../dataset-errors";
import { fetchDatasetText } from "./fetch-dataset";
import type { WorkerDone, WorkerReply, WorkerRequest, WorkerSlice } from "./worker-messages";

// Fetches, parses and validates the data file off the main thread: validating 100,000 commitments takes long
// enough that the page could not answer a click or a keystroke meanwhile (decisions 008 and 010).
declare const self: DedicatedWorkerGlobalScope;

// The schema and zod load while the file downloads: this script itself is small, so the fetch starts as
// soon as the page asks (decision 010).
const parsing = import("../parse-dataset");
parsing.catch(() => undefined); // a failure is reported when the file is parsed, not as an unhandled one

/** Commitments per message: each one is taken in by the page in a short task (tens of milliseconds). */
const SLICE = 2500;

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  let text: string | undefined;
  try {
    text = await fetchDatasetText(data.url);
    const { parseDatasetText } = await parsing;
    const { dataset, problems } = parseDatasetText(text);
    const { commitments, ...envelope } = dataset;
    for (let start = 0; start < commitments.length; start += SLICE) {
      self.postMessage({ commitments: commitments.slice(start, start + SLICE) } satisfies WorkerSlice);
    }
    reply = { ok: true, envelope, problems, count: commitments.length };
  } catch (error) {
    reply = {
      ok: false,
      error: {
        kind:
          error instanceof DatasetError ? "dataset" : error instanceof DatasetLoadError ? "load" : "other",
        message: error instanceof Error ? error.message : String(error),
        problems: error instanceof DatasetError ? error.problems : [],
        transient: error instanceof DatasetLoadError ? error.transient : true,
      },
    };
  }
  self.postMessage(reply);
  // After the reply, so the page does not wait for it: the file that just validated becomes the copy shown
  // when it cannot be fetched (decision 007). The page ends this worker once it says it is done.
  if (reply.ok && text !== undefined) {
    try {
      const { keepLastGoodCopy } = await import("./last-good-copy");
      await keepLastGoodCopy(data.url, text);
    } catch {
      // Its code could not be loaded: the tracker works without the copy (keepLastGoodCopy says the same).
    }
  }
  self.postMessage({ done: true } satisfies WorkerDone);
};
