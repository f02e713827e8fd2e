/// <reference lib="webworker" />
import { DatasetError, DatasetLoadError } from "../dataset-errors";
import type { Dataset } from "../dataset-schema";
import { decodeText } from "./fetch-dataset";
import type { WorkerDone, WorkerReply, WorkerRequest, WorkerSlice } from "./worker-messages";

// Parses and validates the data file off the main thread (the page fetches it and hands the bytes over), and reads back the kept copy the same
// way: validating 100,000 commitments takes long enough that the page could not answer a click or a
// keystroke meanwhile (decisions 008 and 010).
declare const self: DedicatedWorkerGlobalScope;

// The schema and zod load while the page downloads the file: this script itself is small, so the worker is
// ready to parse by the time the bytes arrive (decision 010).
const parsing = import("../parse-dataset");
parsing.catch(() => undefined); // a failure is reported when the file is parsed, not as an unhandled one

/** Commitments per message: each one is taken in by the page in a short task (tens of milliseconds). */
const SLICE = 2500;

function sendSlices(commitments: Dataset["commitments"]) {
  for (let start = 0; start < commitments.length; start += SLICE) {
    self.postMessage({ commitments: commitments.slice(start, start + SLICE) } satisfies WorkerSlice);
  }
}

async function readFile(url: string, body: Uint8Array[]) {
  let reply: WorkerReply;
  let text: string | undefined;
  try {
    text = decodeText(body);
    const { parseDatasetText } = await parsing;
    const { dataset, problems } = parseDatasetText(text);
    const { commitments, ...envelope } = dataset;
    sendSlices(commitments);
    reply = { ok: true, envelope, problems, count: commitments.length };
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
  if (reply.ok && text !== undefined) {
    try {
      const { keepLastGoodCopy } = await import("./last-good-copy");
      await keepLastGoodCopy(url, text);
    } catch {
      // Its code could not be loaded: the tracker works without the copy (keepLastGoodCopy says the same).
    }
  }
}

/** The kept copy, validated again like a fresh file (storage is a boundary too), or "none". */
async function readKeptCopy(url: string) {
  let reply: WorkerReply = { ok: true, none: true };
  try {
    const { readLastGoodCopy } = await import("./last-good-copy");
    const copy = await readLastGoodCopy(url);
    if (copy) {
      const { commitments, ...envelope } = copy.dataset;
      sendSlices(commitments);
      reply = {
        ok: true,
        envelope,
        problems: copy.problems,
        count: commitments.length,
        loadedAt: copy.loadedAt,
      };
    }
  } catch {
    // Its code could not be loaded: no copy to show.
  }
  self.postMessage(reply);
}

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  await (data.read === "kept-copy" ? readKeptCopy(data.url) : readFile(data.url, data.body));
  self.postMessage({ done: true } satisfies WorkerDone);
};
