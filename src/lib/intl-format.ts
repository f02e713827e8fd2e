import { useMemo } from "react";
import { useLang } from "./i18n";
import type { Lang } from "./languages";

// Dates, numbers and lists are formatted by the browser's Intl for the page's language. Formatters are
// costly to build and called for every row, so each is built once per language and options.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  build: () => T,
): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = build();
    cache.set(key, formatter);
  }
  return formatter as T;
}

const toDate = (value: string | number | Date) => (value instanceof Date ? value : new Date(value));

/** A day, e.g. "3 March 2026" / "3 mars 2026". A date-only value (2026-03-03) is that day wherever one is. */
export function formatDate(lang: Lang, value: string | number | Date, style: "long" | "medium" = "long") {
  const dateOnly = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  return cached(
    `date:${lang}:${style}:${dateOnly}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: style, ...(dateOnly ? { timeZone: "UTC" } : {}) }),
  ).format(toDate(value));
}

/** A moment, e.g. "3 March 2026 at 09:30". */
export function formatDateTime(lang: Lang, value: string | number | Date) {
  return cached(
    `datetime:${lang}`,
    () => new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }),
  ).format(toDate(value));
}

export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}) {
  return cached(
    `number:${lang}:${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(lang, options),
  ).format(value);
}

/** "A, B and C" / "A, B et C". */
export function formatList(lang: Lang, items: readonly string[]) {
  return cached(`list:${lang}`, () => new Intl.ListFormat(lang, { type: "conjunction" })).format(items);
}

/** The formatters bound to the page's language. */
export function useFormat() {
  const lang = useLang();
  return useMemo(
    () => ({
      lang,
      date: (value: string | number | Date, style?: "long" | "medium") => formatDate(lang, value, style),
      dateTime: (value: string | number | Date) => formatDateTime(lang, value),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(lang, value, options),
      list: (items: readonly string[]) => formatList(lang, items),
    }),
    [lang],
  );
}
