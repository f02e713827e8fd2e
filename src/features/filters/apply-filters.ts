import type { Dataset } from "@/features/commitments/dataset-schema";
import { statusIds } from "@/features/commitments/dataset-schema";
import { allLanguages } from "@/features/commitments/localize";
import { type ResolvedCommitment, statusForView } from "@/features/commitments/resolved-commitment";
import { type Filters, type IgnoredParam, onlyParty, type Sort } from "./filter-params";

/** Lowercase, without accents, so "echeance" finds "échéance" and "NATO" finds "nato". */
export function normalizeText(text: string): string {
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
        reason: `is not ${param === "theme" ? "a theme" : "an initiative"} of this data`,
      });
      return false;
    });
  const initiative = keepKnown("initiative", new Set(dataset.initiatives.map((i) => i.id)));
  const theme = keepKnown("theme", new Set(dataset.themes.map((t) => t.id)));
  return { filters: { ...filters, initiative, theme }, ignored };
}

function searchableText(item: ResolvedCommitment, dataset: Pick<Dataset, "initiatives" | "themes">): string {
  const { commitment } = item;
  const initiative = dataset.initiatives.find((i) => i.id === commitment.initiativeId);
  const themes = dataset.themes.filter((t) => commitment.themes.includes(t.id));
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

function statusShown(item: ResolvedCommitment, filters: Pick<Filters, "party">) {
  return statusForView(item, onlyParty(filters));
}

function matches(item: ResolvedCommitment, filters: Filters, words: string[], text: () => string): boolean {
  const { commitment } = item;
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

function compareBy(sort: Sort, filters: Filters, dataset: Pick<Dataset, "initiatives">) {
  const initiativeOrder = new Map(dataset.initiatives.map((initiative, index) => [initiative.id, index]));
  const title = (item: ResolvedCommitment) => allLanguages(item.commitment.title);
  const value = (item: ResolvedCommitment): number | string => {
    switch (sort.key) {
      case "title":
        return normalizeText(title(item));
      case "status":
        return statusIds.indexOf(statusShown(item, filters) ?? item.overall);
      case "initiative":
        return initiativeOrder.get(item.commitment.initiativeId) ?? Number.MAX_SAFE_INTEGER;
      case "updated":
        return item.lastUpdatedAt ? Date.parse(item.lastUpdatedAt) : Number.NEGATIVE_INFINITY;
    }
  };
  const sign = sort.direction === "desc" ? -1 : 1;
  return (a: ResolvedCommitment, b: ResolvedCommitment) => {
    const [x, y] = [value(a), value(b)];
    const primary = x < y ? -1 : x > y ? 1 : 0;
    // Ties fall back to title so the order is stable whatever the direction.
    return primary * sign || normalizeText(title(a)).localeCompare(normalizeText(title(b)));
  };
}

/** The commitments a view shows: those matching every filter, in the chosen order (else the file's order). */
export function applyFilters(
  items: readonly ResolvedCommitment[],
  filters: Filters,
  dataset: Pick<Dataset, "initiatives" | "themes">,
): ResolvedCommitment[] {
  const words = normalizeText(filters.q).split(/\s+/).filter(Boolean);
  const matching = items.filter((item) => matches(item, filters, words, () => searchableText(item, dataset)));
  return filters.sort ? matching.sort(compareBy(filters.sort, filters, dataset)) : matching;
}
