import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDataset } from "@/testing/dataset-builders";
import { DatasetError, parseDatasetText } from "../parse-dataset";
import {
  DATA_TIMEOUT_MS,
  DatasetLoadError,
  decodeText,
  type FetchDatasetOptions,
  fetchDatasetBytes,
} from "./fetch-dataset";

/** The file's text as the worker gets it: the page's fetched pieces, decoded. */
const fetchDatasetText = async (url: string, options?: FetchDatasetOptions) =>
  decodeText(await fetchDatasetBytes(url, options));

const URL = "https://data.example.org/commitments.json";
const encoder = new TextEncoder();

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Stubs fetch with a function of the request's signal, as the real fetch receives it. */
function stubFetch(respond: (signal: AbortSignal) => Promise<Response> | Response) {
  const fetch = vi.fn((_url: string, init?: RequestInit) => {
    if (!init?.signal) throw new Error("fetchDatasetBytes always passes a signal");
    return Promise.resolve(respond(init.signal));
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

type StreamedBody = {
  response: Response;
  send: (text: string) => void;
  end: () => void;
  cancelled: () => boolean;
};

/**
 * A response whose body arrives when the test says so. Like the real fetch, aborting the request's signal
 * makes the body fail to read.
 */
function streamedResponse(signal: AbortSignal, init?: ResponseInit): StreamedBody {
  let source: ReadableStreamDefaultController<Uint8Array> | undefined;
  let wasCancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      source = controller;
    },
    cancel() {
      wasCancelled = true;
    },
  });
  signal.addEventListener("abort", () => source?.error(signal.reason), { once: true });
  return {
    response: new Response(body, init),
    send: (text) => source?.enqueue(encoder.encode(text)),
    end: () => source?.close(),
    cancelled: () => wasCancelled,
  };
}

/** A server that never answers: like the real fetch, the request fails once its signal aborts. */
const noAnswer = (signal: AbortSignal) =>
  new Promise<Response>((_resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

async function loadError(promise: Promise<unknown>): Promise<DatasetLoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetLoadError) return error;
    throw error;
  }
  throw new Error("expected the load to fail");
}

describe("fetchDatasetText", () => {
  it("returns the text of the file", async () => {
    stubFetch(() => new Response('{"ok":true}'));
    await expect(fetchDatasetText(URL)).resolves.toBe('{"ok":true}');
  });

  it("says a missing file (404) was not found at its address, and does not try again", async () => {
    stubFetch(() => new Response("Not found", { status: 404 }));
    const error = await loadError(fetchDatasetText(URL));
    expect(error.message).toMatch(/not found \(404\)/);
    expect(error.message).toContain(URL);
    expect(error.transient).toBe(false);
  });

  it("treats a server error (503) as one that may pass", async () => {
    stubFetch(() => new Response("Unavailable", { status: 503 }));
    const error = await loadError(fetchDatasetText(URL));
    expect(error.message).toMatch(/error 503/);
    expect(error.transient).toBe(true);
  });

  it("says the file could not be reached when the network fails, and that it may pass", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")));
    const error = await loadError(fetchDatasetText(URL));
    expect(error.message).toMatch(/could not be reached/);
    expect(error.transient).toBe(true);
  });

  it("says the device is offline when the browser knows it is", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("fetch failed")));
    const error = await loadError(fetchDatasetText(URL));
    expect(error.message).toMatch(/offline/);
    expect(error.transient).toBe(true);
  });

  it("gives up when nothing of the body arrives for the time limit, as a failure that may pass", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    stubFetch((signal) => {
      const body = streamedResponse(signal);
      body.send('{"commitments":[');
      return body.response;
    });
    const error = loadError(fetchDatasetText(URL));
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    const failure = await error;
    expect(failure.message).toMatch(/^Nothing of the data file arrived for 20 seconds/);
    expect(failure.transient).toBe(true);
  });

  it("gives up when the server does not answer for the time limit", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    stubFetch(noAnswer);
    const error = loadError(fetchDatasetText(URL));
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    expect((await error).message).toMatch(/^Nothing of the data file arrived for 20 seconds/);
  });

  it("waits for as long as the body keeps arriving, even past the time limit in all", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let body: StreamedBody | undefined;
    stubFetch((signal) => {
      body = streamedResponse(signal);
      return body.response;
    });
    const text = fetchDatasetText(URL);
    for (let piece = 0; piece < 12; piece++) {
      await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS / 4);
      body?.send(String(piece % 10));
    }
    body?.end();
    await expect(text).resolves.toBe("012345678901");
  });

  it("refuses a file whose declared size is too large before reading it, for good", async () => {
    const response = new Response("{}", { headers: { "Content-Length": String(300 * 1024 * 1024) } });
    stubFetch(() => response);
    const error = await loadError(fetchDatasetText(URL));
    expect(error.message).toMatch(/too large/);
    expect(error.message).toMatch(/at least 300 MB; the tracker reads up to 200 MB/);
    expect(error.transient).toBe(false);
    expect(response.bodyUsed).toBe(false);
  });

  it("stops reading a body that grows past the limit, and cancels it", async () => {
    let body: StreamedBody | undefined;
    stubFetch((signal) => {
      body = streamedResponse(signal);
      for (let piece = 0; piece < 5; piece++) body.send("123456");
      body.end();
      return body.response;
    });
    const error = await loadError(fetchDatasetText(URL, { maxBytes: 10 }));
    expect(error.message).toMatch(/too large/);
    expect(error.transient).toBe(false);
    expect(body?.cancelled()).toBe(true);
  });

  it("reads a body of exactly the limit", async () => {
    stubFetch(() => new Response("1234567890"));
    await expect(fetchDatasetText(URL, { maxBytes: 10 })).resolves.toBe("1234567890");
  });

  it("lets the caller's abort through as it is, not as a failure to load", async () => {
    stubFetch(noAnswer);
    const caller = new AbortController();
    const reason = new DOMException("The view went away.", "AbortError");
    const text = fetchDatasetText(URL, { signal: caller.signal });
    caller.abort(reason);
    await expect(text).rejects.toBe(reason);
  });
});

describe("parseDatasetText", () => {
  it("reads a valid file", () => {
    const dataset = buildDataset();
    expect(parseDatasetText(JSON.stringify(dataset))).toEqual({ dataset, problems: [] });
  });

  it("says a file that is not JSON cannot be read", () => {
    expect(() => parseDatasetText("<html>")).toThrow(DatasetError);
    expect(() => parseDatasetText("<html>")).toThrow(/cannot be read: it is not valid JSON/);
  });

  it("refuses a file with a __proto__ key, naming the key and where it is", () => {
    const text = JSON.stringify(buildDataset()).replace('"statuses":{', '"statuses":{"__proto__":{},');
    expect(() => parseDatasetText(text)).toThrow(DatasetError);
    expect(() => parseDatasetText(text)).toThrow(/"__proto__" \(at commitments\[0\]\.statuses\.__proto__\)/);
  });
});
