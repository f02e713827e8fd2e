import { fillIn } from "@/lib/message";
import { commitments as en } from "@/locales/en/commitments";
import { type DatasetErrorText, DatasetLoadError } from "../dataset-errors";

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

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** An error of loading: its text as a key and values for the page, and in English as its message. */
function loadError(text: DatasetErrorText, transient: boolean): DatasetLoadError {
  return new DatasetLoadError(fillIn(en.error[text.key], text.values), transient, text);
}

function tooLarge(bytes: number, maxBytes: number): DatasetLoadError {
  return loadError({ key: "tooLarge", values: { size: megabytes(bytes), max: megabytes(maxBytes) } }, false);
}

/** Reads the body, stopping as soon as it grows past `maxBytes`, before it fills the tab's memory. */
async function readBody(response: Response, maxBytes: number, onProgress: () => void): Promise<Uint8Array[]> {
  const declared = Number(response.headers.get("Content-Length"));
  if (declared > maxBytes) throw tooLarge(declared, maxBytes);
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
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
    parts.push(value);
  }
  return parts;
}

/** The file's bytes, as they arrived, made text (UTF-8, as JSON is). */
export function decodeText(parts: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return parts.map((part) => decoder.decode(part, { stream: true })).join("") + decoder.decode();
}

function unreachable(): DatasetLoadError {
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  return loadError({ key: offline ? "offline" : "unreachable" }, true);
}

/**
 * Fetches the data file's bytes, the pieces as they arrived (they can be handed to the data worker without a
 * copy): every way this can fail becomes a DatasetLoadError that says what to do.
 */
export async function fetchDatasetBytes(
  url: string,
  { signal, timeoutMs = DATA_TIMEOUT_MS, maxBytes = MAX_DATA_BYTES }: FetchDatasetOptions = {},
): Promise<Uint8Array[]> {
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
      const key =
        response.status === 404 ? "notFound" : response.status >= 500 ? "serverError" : "clientError";
      throw loadError({ key, values: { status: response.status, url } }, response.status >= 500);
    }
    return await readBody(response, maxBytes, restartTimer);
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    if (signal?.aborted) throw error; // the caller gave up (the view went away): not a failure to report
    if (timedOut) {
      throw loadError({ key: "timeout", values: { seconds: Math.round(timeoutMs / 1000) } }, true);
    }
    throw unreachable();
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stopWithCaller);
  }
}
