import { DatasetLoadError } from "../dataset-errors";

// Only the reading of the file: nothing here validates it (parse-dataset.ts does), so the data worker can
// start fetching before zod and the schema have loaded (decision 010).

export { DatasetLoadError };

/**
 * An attempt fails when nothing arrives for this long: a stalled connection, not a slow one (a large file on
 * hotel Wi-Fi may take minutes, and keeps arriving).
 */
export const DATA_TIMEOUT_MS = 20_000;
/** Past this a browser tab struggles to hold the file and what is made from it; say so instead of freezing. */
export const MAX_DATA_BYTES = 200 * 1024 * 1024;

export type FetchDatasetOptions = { signal?: AbortSignal; timeoutMs?: number; maxBytes?: number };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(bytes: number, maxBytes: number): DatasetLoadError {
  return new DatasetLoadError(
    `The data file is too large to open in a browser (at least ${megabytes(bytes)}; the tracker reads up to ${megabytes(maxBytes)}). Whoever publishes it should split it or remove old history.`,
    false,
  );
}

/** Reads the body as text, stopping as soon as it grows past `maxBytes`, before it fills the tab's memory. */
async function readText(response: Response, maxBytes: number, onProgress: () => void): Promise<string> {
  const declared = Number(response.headers.get("Content-Length"));
  if (declared > maxBytes) throw tooLarge(declared, maxBytes);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onProgress();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(received, maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}

function unreachable(): DatasetLoadError {
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  return new DatasetLoadError(
    offline
      ? "This device is offline, so the data file could not be fetched. The tracker tries again once the connection is back."
      : "The data file could not be reached. Check your network connection; the tracker tries again.",
    true,
  );
}

/** Fetches the data file's text: every way this can fail becomes a DatasetLoadError that says what to do. */
export async function fetchDatasetText(
  url: string,
  { signal, timeoutMs = DATA_TIMEOUT_MS, maxBytes = MAX_DATA_BYTES }: FetchDatasetOptions = {},
): Promise<string> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  // A timer of our own, not AbortSignal.timeout: it restarts with every piece that arrives, and tests can
  // move time forward with a fake clock.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  restartTimer();
  const stopWithCaller = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", stopWithCaller, { once: true });
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
    if (!response.ok) {
      const reason =
        response.status === 404 ? "was not found (404)" : `could not be loaded (error ${response.status})`;
      throw new DatasetLoadError(
        `The data file ${reason} at ${url}. ${response.status >= 500 ? "The tracker tries again; if this lasts, tell whoever publishes it." : "Check the address, or tell whoever publishes it."}`,
        response.status >= 500,
      );
    }
    return await readText(response, maxBytes, restartTimer);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (signal?.aborted) throw error; // the caller gave up (the view went away): not a failure to report
    if (timedOut) {
      throw new DatasetLoadError(
        `Nothing of the data file arrived for ${Math.round(timeoutMs / 1000)} seconds. The connection may have stalled; the tracker tries again.`,
        true,
      );
    }
    throw unreachable();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stopWithCaller);
  }
}
