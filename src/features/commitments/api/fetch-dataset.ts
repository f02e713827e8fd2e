import { DatasetError, type ParsedDataset, parseDataset } from "../parse-dataset";

/** The file could not be fetched (network, server): worth trying again, unlike a file that is wrong. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
  constructor(
    message: string,
    /** Network failures and server errors (5xx) may pass; a missing file (404) will not. */
    readonly transient: boolean,
  ) {
    super(message);
  }
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<ParsedDataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      "The data file could not be reached. Check your network connection, then try again.",
      true,
    );
  }
  if (!response.ok) {
    const reason =
      response.status === 404 ? "was not found (404)" : `could not be loaded (error ${response.status})`;
    throw new DatasetLoadError(
      `The data file ${reason} at ${url}. Try again later, or tell whoever publishes it.`,
      response.status >= 500,
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(
      `The data file is not valid JSON (${detail}). Whoever edits it should fix it and publish it again.`,
    );
  }
  return parseDataset(json);
}
