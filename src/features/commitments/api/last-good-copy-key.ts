/**
 * The data file's address made absolute against the page: what the worker fetches, and the key its kept
 * copy is stored and looked up under, from the page and from the worker alike (where relative addresses
 * would resolve against the worker's own script).
 */
export function absoluteDataUrl(url: string): string {
  return new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href).href;
}
