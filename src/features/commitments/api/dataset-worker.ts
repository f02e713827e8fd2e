/// <reference lib="webworker" />
import { DatasetError } from "../parse-dataset";
import { DatasetLoadError, fetchDataset } from "./fetch-dataset";
import type { WorkerReply, WorkerRequest } from "./worker-messages";

// Fetches, parses and validates the data file off the main thread: validating 100,000 commitments with zod
// takes seconds, during which the page could not answer a click or a keystroke (decision 007).
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: await fetchDataset(data.url) };
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
};
