// Checked by hand, not with zod: this runs in the first script of every page, which stays small (decision 008).
function required(name: string, value: string | undefined, check: (value: string) => boolean): string {
  if (!value || !check(value)) throw new Error(`Invalid build setting ${name}: ${JSON.stringify(value)}`);
  return value;
}

export const env = {
  /** Where the data file is fetched from. A build may point elsewhere with VITE_DATA_URL. */
  dataUrl: required(
    "VITE_DATA_URL",
    import.meta.env.VITE_DATA_URL || `${import.meta.env.BASE_URL}data/commitments.json`,
    (value) => value.length > 0,
  ),
  basePath: required("BASE_URL", import.meta.env.BASE_URL, (value) => value.startsWith("/")),
};
