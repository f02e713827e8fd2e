import {
  idSchema,
  type Party,
  partyIds,
  type Status,
  statusIds,
} from "@/features/commitments/status-event-schema";
import { type Lang, languages } from "@/lib/languages";
import type { Message } from "@/lib/message";
import type { filters as en } from "@/locales/en/filters";

// The URL query string is a public interface (DESIGN.md, "Routes and the URL contract"): shared links must
// keep working across releases, so names and meanings here only ever grow. This module has no browser or
// React dependency: the e2e suite builds its links with it too.

export const sortKeys = ["title", "status", "initiative", "updated"] as const;
export type SortKey = (typeof sortKeys)[number];
export type Sort = { key: SortKey; direction: "asc" | "desc" };

export type Filters = {
  q: string;
  status: Status[];
  initiative: string[];
  party: Party[];
  theme: string[];
  diverging: boolean;
  sort: Sort | null;
  lang: Lang | null;
  asOf: string | null;
  /** Only commitments whose statuses have not been reviewed for a while (issue 6). */
  stale: boolean;
  /** The Changes view's range of days, both included (YYYY-MM-DD); null: the last 7 days. */
  from: string | null;
  to: string | null;
};

export const emptyFilters: Filters = {
  q: "",
  status: [],
  initiative: [],
  party: [],
  theme: [],
  diverging: false,
  sort: null,
  lang: null,
  asOf: null,
  stale: false,
  from: null,
  to: null,
};

/** Why a part of the address was not used, as a key and values: the page words it in its language. */
export type IgnoredReason = Message<keyof typeof en.ignored.reason>;

/** A part of the address that was not used, and why: the page tells the person about each. */
export type IgnoredParam = { param: string; value: string; reason: IgnoredReason };

export type ParsedFilters = { filters: Filters; ignored: IgnoredParam[] };

const knownParams = [
  "q",
  "status",
  "initiative",
  "party",
  "theme",
  "diverging",
  "sort",
  "lang",
  "asOf",
  "stale",
  "from",
  "to",
] as const;
export const MAX_QUERY_LENGTH = 200;

function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

function pickKnown<T extends string>(
  param: string,
  values: string[],
  allowed: readonly T[],
  reason: IgnoredReason,
  ignored: IgnoredParam[],
): T[] {
  const picked: T[] = [];
  for (const value of values) {
    if ((allowed as readonly string[]).includes(value)) {
      if (!picked.includes(value as T)) picked.push(value as T);
    } else ignored.push({ param, value, reason });
  }
  return picked;
}

export function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** What reading a link needs to know besides the link: today's date (YYYY-MM-DD), to refuse future dates. */
export type ParseOptions = { today?: string };

/**
 * Reads filters from a query string. Never throws: anything unknown or malformed is left out and listed in
 * `ignored`. Initiative and theme ids are checked only for form here; whether they exist depends on the data.
 */
export function parseFilterParams(
  search: string | URLSearchParams,
  options: ParseOptions = {},
): ParsedFilters {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ignored: IgnoredParam[] = [];
  const filters: Filters = { ...emptyFilters };

  for (const name of new Set(params.keys())) {
    // Tracking tags that mail and social sites add to links are dropped without a word.
    if (/^(utm_|fbclid$|gclid$|mc_)/.test(name)) continue;
    if (!(knownParams as readonly string[]).includes(name)) {
      ignored.push({
        param: name,
        value: params.get(name) ?? "",
        reason: { key: "unknownParam" },
      });
    }
  }

  const q = params.get("q") ?? "";
  filters.q = q.slice(0, MAX_QUERY_LENGTH);
  if (q.length > MAX_QUERY_LENGTH) {
    ignored.push({
      param: "q",
      value: q,
      reason: { key: "tooLong", values: { max: MAX_QUERY_LENGTH } },
    });
  }

  filters.status = pickKnown(
    "status",
    listValues(params, "status"),
    statusIds,
    { key: "notStatus" },
    ignored,
  );
  filters.party = pickKnown("party", listValues(params, "party"), partyIds, { key: "notParty" }, ignored);
  for (const name of ["initiative", "theme"] as const) {
    const values = listValues(params, name);
    const wellFormed = values.filter((value) => idSchema.safeParse(value).success);
    filters[name] = [...new Set(wellFormed)];
    for (const value of values) {
      if (!wellFormed.includes(value)) ignored.push({ param: name, value, reason: { key: "notId" } });
    }
  }

  const diverging = params.get("diverging");
  if (diverging !== null) {
    if (diverging === "1") filters.diverging = true;
    else if (diverging !== "0")
      ignored.push({ param: "diverging", value: diverging, reason: { key: "notDiverging" } });
  }

  const sort = params.get("sort");
  if (sort !== null) {
    const key = sort.replace(/^-/, "");
    if ((sortKeys as readonly string[]).includes(key)) {
      filters.sort = { key: key as SortKey, direction: sort.startsWith("-") ? "desc" : "asc" };
    } else {
      ignored.push({
        param: "sort",
        value: sort,
        reason: { key: "notSort", values: { keys: sortKeys.join(", ") } },
      });
    }
  }

  const lang = params.get("lang");
  if (lang !== null) {
    const [known] = pickKnown("lang", [lang], languages, { key: "notLang" }, ignored);
    filters.lang = known ?? null;
  }

  const asOf = params.get("asOf");
  if (asOf !== null) {
    if (!isRealDate(asOf)) ignored.push({ param: "asOf", value: asOf, reason: { key: "notDate" } });
    else if (options.today !== undefined && asOf > options.today)
      ignored.push({ param: "asOf", value: asOf, reason: { key: "asOfFuture" } });
    else filters.asOf = asOf;
  }

  const stale = params.get("stale");
  if (stale !== null) {
    if (stale === "1") filters.stale = true;
    else if (stale !== "0") ignored.push({ param: "stale", value: stale, reason: { key: "notDiverging" } });
  }

  for (const name of ["from", "to"] as const) {
    const value = params.get(name);
    if (value === null) continue;
    if (isRealDate(value)) filters[name] = value;
    else ignored.push({ param: name, value, reason: { key: "notDate" } });
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    ignored.push({
      param: "from",
      value: filters.from,
      reason: { key: "afterTo", values: { to: filters.to } },
    });
    filters.from = null;
  }

  // The same bad value given twice is one thing to tell the person about.
  const seen = new Set<string>();
  const unique = ignored.filter(
    ({ param, value }) => !seen.has(`${param}=${value}`) && seen.add(`${param}=${value}`),
  );
  return { filters, ignored: unique };
}

/** Writes filters as a query string ("" when there are none), in a fixed order so equal views share a link. */
export function serializeFilterParams(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.q !== "") params.set("q", filters.q);
  for (const name of ["status", "initiative", "party", "theme"] as const) {
    if (filters[name].length > 0) params.set(name, filters[name].join(","));
  }
  if (filters.diverging) params.set("diverging", "1");
  if (filters.sort) params.set("sort", `${filters.sort.direction === "desc" ? "-" : ""}${filters.sort.key}`);
  if (filters.lang) params.set("lang", filters.lang);
  if (filters.asOf) params.set("asOf", filters.asOf);
  if (filters.stale) params.set("stale", "1");
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  const query = params.toString().replaceAll("%2C", ",");
  return query === "" ? "" : `?${query}`;
}

/** Whether two sets of filters differ in their search text at most (their links would be the same without it). */
export function sameApartFromSearch(a: Filters, b: Filters): boolean {
  return serializeFilterParams({ ...a, q: "" }) === serializeFilterParams({ ...b, q: "" });
}

/** With exactly one side chosen, statuses mean that side's (DESIGN.md: party=fr&status=at_risk). */
export function onlyParty(filters: Pick<Filters, "party">): Party | null {
  return filters.party.length === 1 ? (filters.party[0] ?? null) : null;
}

/** The filters that narrow which commitments show (not sort, language, date or the Changes range). */
export function countActiveFilters(filters: Filters): number {
  return (
    (filters.q.trim() === "" ? 0 : 1) +
    filters.status.length +
    filters.initiative.length +
    filters.party.length +
    filters.theme.length +
    (filters.diverging ? 1 : 0) +
    (filters.stale ? 1 : 0)
  );
}
