/// <reference lib="webworker" />
import { DatasetError } from "../parse-dataset";
import { DatasetLoadError, fetchDatasetText, parseDatasetText } from "./fetch-dataset";
import { keepLastGoodCopy } from "./last-good-copy";
import type { WorkerDone, WorkerReply, WorkerRequest } from "./worker-messages";

// Fetches, parses and validates the data file off the main thread: validating 100,000 commitments with zod
// takes seconds, during which the page could not answer a click or a keystroke (decision 008).
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  let text: string | undefined;
  try {
    text = await fetchDatasetText(data.url);
    reply = { ok: true, result: parseDatasetText(text) };
  } catch (error) {
    reply = {
      ok: false,
      error: {
        kind:
          error instanceof DatasetError ? "dataset" : error instanceof DatasetLoadError ? "load" : "other",
        message: error instanceof Error ? error.message : String(error),
        text:
          error instanceof DatasetError || error instanceof DatasetLoadError
            ? error.text
            : { key: "other", values: { detail: error instanceof Error ? error.message : String(error) } },
        problems: error instanceof DatasetError ? error.problems : [],
        transient: error instanceof DatasetLoadError ? error.transient : true,
      },
    };
  }
  self.postMessage(reply);
  // After the reply, so the page does not wait for it: the file that just validated becomes the copy shown
  // when it cannot be fetched (decision 007). The page ends this worker once it says it is done.
  if (reply.ok && text !== undefined) await keepLastGoodCopy(data.url, text);
  self.postMessage({ done: true } satisfies WorkerDone);
};
