import type { Commitment, Dataset } from "@/features/commitments/dataset-schema";
import { allLanguages } from "@/features/commitments/localize";
import { type ResolvedCommitment, statusForView } from "@/features/commitments/resolved-commitment";
import { statusIds } from "@/features/commitments/status-event-schema";
import { type Filters, type IgnoredParam, onlyParty, type Sort, sameApartFromSearch } from "./filter-params";

const ASCII = /^[ -~\s]*$/; // printable ASCII and whitespace

/** Lowercase, without accents, so "echeance" finds "échéance" and "NATO" finds "nato". */
export function normalizeText(text: string): string {
  // Plain ASCII has no accents to strip: skipping the Unicode pass makes indexing 100,000 texts cheap.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * Initiative and theme ids that are well formed but not in this data file: they are ignored (not applied, or
 * every commitment would vanish) and listed, like any other bad part of a link.
 */
export function resolveIdsAgainstDataset(
  filters: Filters,
  dataset: Pick<Dataset, "initiatives" | "themes">,
): { filters: Filters; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const keepKnown = (param: "initiative" | "theme", known: Set<string>) =>
    filters[param].filter((id) => {
      if (known.has(id)) return true;
      ignored.push({
        param,
        value: id,
        reason: { key: param === "theme" ? "unknownTheme" : "unknownInitiative" },
      });
      return false;
    });
  const initiative = keepKnown("initiative", new Set(dataset.initiatives.map((i) => i.id)));
  const theme = keepKnown("theme", new Set(dataset.themes.map((t) => t.id)));
  return { filters: { ...filters, initiative, theme }, ignored };
}

type Lookups = Pick<Dataset, "initiatives" | "themes">;

function searchableText(commitment: Commitment, lookups: Lookups): string {
  const initiative = lookups.initiatives.find((i) => i.id === commitment.initiativeId);
  const themes = lookups.themes.filter((t) => commitment.themes.includes(t.id));
  return normalizeText(
    [
      commitment.id,
      allLanguages(commitment.title),
      allLanguages(commitment.description),
      commitment.sourceQuote,
      initiative ? allLanguages(initiative.title) : "",
      ...themes.map((theme) => allLanguages(theme.title)),
    ].join(" "),
  );
}

// The search index: each commitment's normalized text, made once per published commitment and data file.
// Commitments are never mutated (they are the parsed file), so a commitment object identifies its text.
const searchIndex = new WeakMap<Lookups, WeakMap<Commitment, string>>();

/** The normalized text a search looks in, from the index (built on first use). */
export function indexedText(commitment: Commitment, lookups: Lookups): string {
  let texts = searchIndex.get(lookups);
  if (!texts) {
    texts = new WeakMap();
    searchIndex.set(lookups, texts);
  }
  let text = texts.get(commitment);
  if (text === undefined) {
    text = searchableText(commitment, lookups);
    texts.set(commitment, text);
  }
  return text;
}

function statusShown(item: ResolvedCommitment, filters: Pick<Filters, "party">) {
  return statusForView(item, onlyParty(filters));
}

function matches(
  item: ResolvedCommitment,
  filters: Filters,
  words: string[],
  text: () => string,
  staleIds: ReadonlySet<string>,
): boolean {
  const { commitment } = item;
  if (filters.stale && !staleIds.has(commitment.id)) return false;
  if (filters.initiative.length > 0 && !filters.initiative.includes(commitment.initiativeId)) return false;
  if (filters.theme.length > 0 && !filters.theme.some((theme) => commitment.themes.includes(theme)))
    return false;
  if (filters.party.length > 0 && !filters.party.some((party) => commitment.parties.includes(party)))
    return false;
  if (filters.diverging && !item.diverging) return false;
  if (filters.status.length > 0) {
    const status = statusShown(item, filters);
    if (!status || !filters.status.includes(status)) return false;
  }
  if (words.length > 0) {
    const haystack = text();
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

const sortTitles = new WeakMap<Commitment, string>();
const titleKey = (commitment: Commitment) => {
  let key = sortTitles.get(commitment);
  if (key === undefined) {
    key = normalizeText(allLanguages(commitment.title));
    sortTitles.set(commitment, key);
  }
  return key;
};
const collator = new Intl.Collator();

/** Sorts by each item's key, computed once per item rather than once per comparison. */
function sortBy(
  items: ResolvedCommitment[],
  sort: Sort,
  filters: Filters,
  dataset: Pick<Dataset, "initiatives">,
) {
  const initiativeOrder = new Map(dataset.initiatives.map((initiative, index) => [initiative.id, index]));
  const value = (item: ResolvedCommitment): number | string => {
    switch (sort.key) {
      case "title":
        return titleKey(item.commitment);
      case "status":
        return statusIds.indexOf(statusShown(item, filters) ?? item.overall);
      case "initiative":
        return initiativeOrder.get(item.commitment.initiativeId) ?? Number.MAX_SAFE_INTEGER;
      case "updated":
        return item.lastUpdatedAt ? Date.parse(item.lastUpdatedAt) : Number.NEGATIVE_INFINITY;
    }
  };
  const sign = sort.direction === "desc" ? -1 : 1;
  const keyed = items.map((item) => ({ item, key: value(item), title: titleKey(item.commitment) }));
  keyed.sort((a, b) => {
    const primary = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    // Ties fall back to title so the order is stable whatever the direction.
    return primary * sign || collator.compare(a.title, b.title);
  });
  return keyed.map(({ item }) => item);
}

const searchWords = (q: string) => normalizeText(q).split(/\s+/).filter(Boolean);

/**
 * Whether every commitment that `next` lets through is also let through by `previous`: the other filters are
 * the same and the search only grew more precise (each earlier word is still inside a word of the new
 * search: "co" → "coa", "space" → "space nato"). What `previous` showed can then be filtered again instead
 * of every commitment.
 */
export function narrowsSearch(previous: Filters, next: Filters): boolean {
  if (!sameApartFromSearch(previous, next)) return false;
  const nextWords = searchWords(next.q);
  return searchWords(previous.q).every((word) => nextWords.some((nextWord) => nextWord.includes(word)));
}

/** One empty set for every call without one: a new set each time would look like a change. */
const NONE_STALE: ReadonlySet<string> = new Set();

type Filtered = {
  items: readonly ResolvedCommitment[];
  filters: Filters;
  dataset: Pick<Dataset, "initiatives" | "themes">;
  staleIds: ReadonlySet<string>;
  visible: ResolvedCommitment[];
};

/**
 * applyFilters that remembers its last result: when only the search grew more precise (each keystroke of
 * typing), it looks through the commitments shown before rather than all of them. Same result, a fraction of
 * the work on a large file (every commitment's text is searched otherwise).
 */
export function createFilterer() {
  let last: Filtered | undefined;
  return (
    items: readonly ResolvedCommitment[],
    filters: Filters,
    dataset: Pick<Dataset, "initiatives" | "themes">,
    staleIds: ReadonlySet<string> = NONE_STALE,
  ): ResolvedCommitment[] => {
    const narrowing =
      last !== undefined &&
      last.items === items &&
      last.dataset === dataset &&
      last.staleIds === staleIds &&
      narrowsSearch(last.filters, filters);
    const visible = applyFilters(narrowing && last ? last.visible : items, filters, dataset, staleIds);
    last = { items, filters, dataset, staleIds, visible };
    return visible;
  };
}

/**
 * The commitments a view shows: those matching every filter, in the chosen order (else the file's order).
 * `staleIds`: the commitments not reviewed for a while (status feature), for `stale=1`.
 */
export function applyFilters(
  items: readonly ResolvedCommitment[],
  filters: Filters,
  dataset: Pick<Dataset, "initiatives" | "themes">,
  staleIds: ReadonlySet<string> = new Set(),
): ResolvedCommitment[] {
  const words = searchWords(filters.q);
  const matching = items.filter((item) =>
    matches(item, filters, words, () => indexedText(item.commitment, dataset), staleIds),
  );
  return filters.sort ? sortBy(matching, filters.sort, filters, dataset) : matching;
}
