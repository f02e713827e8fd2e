import { describe, expect, it } from "vitest";
import type { Commitment } from "@/features/commitments/dataset-schema";
import { resolveCommitments } from "@/features/status/resolve-statuses";
import type { LocalStatusEvent } from "@/features/status/update-events";
import { buildCommitment, buildDataset, buildEvent } from "@/testing/dataset-builders";
import {
  applyFilters,
  createFilterer,
  narrowsSearch,
  normalizeText,
  resolveIdsAgainstDataset,
} from "./apply-filters";
import { emptyFilters, type Filters, type Sort } from "./filter-params";

// Initiatives "space" then "cyber"; themes "coordination", "climate", "cybercrime".
const dataset = buildDataset();

const filtersWith = (patch: Partial<Filters>): Filters => ({ ...emptyFilters, ...patch });

/** The ids of the commitments a view shows, in order. */
function shownIds(
  commitments: Commitment[],
  patch: Partial<Filters>,
  localEvents: LocalStatusEvent[] = [],
): string[] {
  return applyFilters(resolveCommitments(commitments, localEvents), filtersWith(patch), dataset).map(
    (item) => item.commitment.id,
  );
}

/** A commitment whose text mentions nothing the search tests look for, except what the overrides add. */
const plain = (overrides: Partial<Commitment>): Commitment =>
  buildCommitment({
    title: "Plain commitment",
    description: "Nothing special.",
    sourceQuote: "Nothing special was said.",
    themes: [],
    ...overrides,
  });

describe("normalizeText", () => {
  it("lowercases and removes accents", () => {
    expect(normalizeText("Échéance ÉTÉ Coopération")).toBe("echeance ete cooperation");
  });

  it("keeps digits, hyphens and unaccented letters as they are", () => {
    expect(normalizeText("g7-2026 nato")).toBe("g7-2026 nato");
  });
});

describe("applyFilters: no filters", () => {
  it("shows every commitment in the file's order", () => {
    const commitments = [plain({ id: "b" }), plain({ id: "a" }), plain({ id: "c" })];
    expect(shownIds(commitments, {})).toEqual(["b", "a", "c"]);
  });

  it("does not reorder the list it is given", () => {
    const items = resolveCommitments(
      [plain({ id: "b", title: "Bravo" }), plain({ id: "a", title: "Alpha" })],
      [],
    );
    const shown = applyFilters(items, filtersWith({ sort: { key: "title", direction: "asc" } }), dataset);
    expect(shown.map((item) => item.commitment.id)).toEqual(["a", "b"]);
    expect(items.map((item) => item.commitment.id)).toEqual(["b", "a"]);
  });
});

describe("applyFilters: text search", () => {
  const commitments = [
    plain({ id: "deadline", title: "Agree a deadline (échéance) for the report" }),
    plain({ id: "nato", title: "Coordinate positions at NATO" }),
    plain({ id: "other", title: "Something else" }),
  ];

  it("ignores case", () => {
    expect(shownIds(commitments, { q: "nato" })).toEqual(["nato"]);
    expect(shownIds(commitments, { q: "DEADLINE" })).toEqual(["deadline"]);
  });

  it("finds accented words from a query typed without accents", () => {
    expect(shownIds(commitments, { q: "echeance" })).toEqual(["deadline"]);
  });

  it("finds unaccented words from a query typed with accents", () => {
    const items = [plain({ id: "resume", title: "Publish a resume of the talks" }), plain({ id: "other" })];
    expect(shownIds(items, { q: "Résumé" })).toEqual(["resume"]);
  });

  it("requires every word of the query, in any field and any order", () => {
    const items = [
      plain({ id: "both", title: "A joint report", description: "Written by the agencies." }),
      plain({ id: "only-report", title: "A joint report" }),
      plain({ id: "only-agencies", description: "Written by the agencies." }),
    ];
    expect(shownIds(items, { q: " agencies\t REPORT " })).toEqual(["both"]);
  });

  it("shows nothing when no commitment has every word", () => {
    expect(shownIds(commitments, { q: "nato echeance" })).toEqual([]);
  });

  it("treats a query of only spaces as no search", () => {
    expect(shownIds(commitments, { q: "   " })).toEqual(["deadline", "nato", "other"]);
  });

  it.each<[string, string, Partial<Commitment>]>([
    ["the title", "quantum", { title: "Launch a quantum programme" }],
    ["the description", "quantum", { description: "A quantum programme between labs." }],
    ["the source quote", "quantum", { sourceQuote: "They will launch a quantum programme." }],
    [
      "the French title",
      "quantique",
      { title: { en: "Launch a programme", fr: "Lancer un programme quantique" } },
    ],
    [
      "the French description",
      "quantiques",
      { description: { en: "Labs.", fr: "Des laboratoires quantiques." } },
    ],
  ])("matches words in %s", (_field, query, overrides) => {
    const items = [plain({ id: "match", ...overrides }), plain({ id: "other" })];
    expect(shownIds(items, { q: query })).toEqual(["match"]);
  });

  it("matches the English title when the title is given in both languages", () => {
    const items = [
      plain({ id: "match", title: { en: "Launch a programme", fr: "Lancer un programme" } }),
      plain({ id: "other" }),
    ];
    expect(shownIds(items, { q: "launch" })).toEqual(["match"]);
    expect(shownIds(items, { q: "lancer" })).toEqual(["match"]);
  });

  it("matches words of the commitment's initiative title", () => {
    const items = [
      plain({ id: "in-cyber", initiativeId: "cyber" }),
      plain({ id: "in-space", initiativeId: "space" }),
    ];
    expect(shownIds(items, { q: "cybersecurity" })).toEqual(["in-cyber"]);
  });

  it("matches words of the commitment's theme titles", () => {
    const items = [plain({ id: "climate", themes: ["climate"] }), plain({ id: "none", themes: [] })];
    expect(shownIds(items, { q: "climate" })).toEqual(["climate"]);
  });

  it("matches a French title of an initiative or theme", () => {
    const localized = buildDataset({
      initiatives: [{ id: "space", title: { en: "Space", fr: "Coopération spatiale" }, summary: "Space." }],
      themes: [{ id: "climate", title: { en: "Climate", fr: "Climat et énergie" } }],
    });
    const items = resolveCommitments(
      [
        plain({ id: "space", initiativeId: "space" }),
        plain({ id: "climate", initiativeId: "other", themes: ["climate"] }),
      ],
      [],
    );
    const ids = (q: string) => applyFilters(items, filtersWith({ q }), localized).map((i) => i.commitment.id);
    expect(ids("spatiale")).toEqual(["space"]);
    expect(ids("energie")).toEqual(["climate"]);
  });
});

describe("applyFilters: status", () => {
  // Overall status: us at risk → at_risk; us done & fr in progress → in_progress.
  const commitments = [
    plain({ id: "us-at-risk", statuses: { us: "at_risk", fr: "in_progress" } }),
    plain({ id: "fr-done", statuses: { us: "in_progress", fr: "done" } }),
    plain({ id: "both-done", statuses: { us: "done", fr: "done" } }),
  ];

  it("matches the overall status when no side is chosen", () => {
    expect(shownIds(commitments, { status: ["at_risk"] })).toEqual(["us-at-risk"]);
    expect(shownIds(commitments, { status: ["in_progress"] })).toEqual(["fr-done"]);
    expect(shownIds(commitments, { status: ["done"] })).toEqual(["both-done"]);
  });

  it("shows commitments of any of the chosen statuses", () => {
    expect(shownIds(commitments, { status: ["done", "at_risk"] })).toEqual(["us-at-risk", "both-done"]);
  });

  it("with one side chosen, matches that side's status instead of the overall one", () => {
    expect(shownIds(commitments, { party: ["fr"], status: ["at_risk"] })).toEqual([]);
    expect(shownIds(commitments, { party: ["fr"], status: ["done"] })).toEqual(["fr-done", "both-done"]);
    expect(shownIds(commitments, { party: ["us"], status: ["at_risk"] })).toEqual(["us-at-risk"]);
    expect(shownIds(commitments, { party: ["us"], status: ["in_progress"] })).toEqual(["fr-done"]);
  });

  it("with both sides chosen, matches the overall status", () => {
    expect(shownIds(commitments, { party: ["us", "fr"], status: ["done"] })).toEqual(["both-done"]);
    expect(shownIds(commitments, { party: ["us", "fr"], status: ["in_progress"] })).toEqual(["fr-done"]);
    expect(shownIds(commitments, { party: ["fr", "us"], status: ["in_progress"] })).toEqual(["fr-done"]);
    expect(shownIds(commitments, { party: ["fr", "us"], status: ["at_risk"] })).toEqual(["us-at-risk"]);
  });

  it("uses the statuses after this browser's updates", () => {
    const local: LocalStatusEvent = {
      ...buildEvent({ id: "local", commitmentId: "both-done", party: "fr", status: "at_risk" }),
      kind: "status",
      batchId: "batch",
    };
    expect(shownIds(commitments, { party: ["fr"], status: ["at_risk"] }, [local])).toEqual(["both-done"]);
    expect(shownIds(commitments, { status: ["done"] }, [local])).toEqual([]);
  });

  it("counts a side with no status yet as not started", () => {
    const items = [plain({ id: "no-fr-status", statuses: { us: "done" } }), plain({ id: "started" })];
    expect(shownIds(items, { party: ["fr"], status: ["not_started"] })).toEqual(["no-fr-status", "started"]);
  });
});

describe("applyFilters: party, theme, initiative, diverging", () => {
  const commitments = [
    plain({ id: "both", parties: ["us", "fr"], initiativeId: "space", themes: ["climate"] }),
    plain({ id: "us-only", parties: ["us"], statuses: { us: "done" }, initiativeId: "cyber", themes: [] }),
    plain({
      id: "fr-only",
      parties: ["fr"],
      statuses: { fr: "at_risk" },
      initiativeId: "cyber",
      themes: ["cybercrime", "coordination"],
    }),
  ];

  it("leaves out commitments the chosen side is not party to", () => {
    expect(shownIds(commitments, { party: ["fr"] })).toEqual(["both", "fr-only"]);
    expect(shownIds(commitments, { party: ["us"] })).toEqual(["both", "us-only"]);
  });

  it("with both sides chosen, shows commitments of either", () => {
    expect(shownIds(commitments, { party: ["us", "fr"] })).toEqual(["both", "us-only", "fr-only"]);
  });

  it("shows commitments with any of the chosen themes", () => {
    expect(shownIds(commitments, { theme: ["coordination"] })).toEqual(["fr-only"]);
    expect(shownIds(commitments, { theme: ["climate", "cybercrime"] })).toEqual(["both", "fr-only"]);
  });

  it("shows commitments of any of the chosen initiatives", () => {
    expect(shownIds(commitments, { initiative: ["cyber"] })).toEqual(["us-only", "fr-only"]);
    expect(shownIds(commitments, { initiative: ["space", "cyber"] })).toEqual(["both", "us-only", "fr-only"]);
  });

  it("shows only commitments whose two sides' statuses differ when diverging is on", () => {
    const items = [
      plain({ id: "differ", statuses: { us: "done", fr: "in_progress" } }),
      plain({ id: "agree", statuses: { us: "done", fr: "done" } }),
      plain({ id: "one-side", parties: ["us"], statuses: { us: "done" } }),
    ];
    expect(shownIds(items, { diverging: true })).toEqual(["differ"]);
    expect(shownIds(items, { diverging: false })).toEqual(["differ", "agree", "one-side"]);
  });

  it("shows only the stale commitments given when stale=1", () => {
    const items = resolveCommitments(commitments, []);
    const stale = new Set(["us-only"]);
    const shown = (patch: Partial<Filters>) =>
      applyFilters(items, filtersWith(patch), dataset, stale).map((item) => item.commitment.id);
    expect(shown({ stale: true })).toEqual(["us-only"]);
    expect(shown({ stale: false })).toEqual(["both", "us-only", "fr-only"]);
    expect(shown({ stale: true, party: ["fr"] })).toEqual([]);
  });

  it("requires every kind of filter at once", () => {
    expect(shownIds(commitments, { initiative: ["cyber"], party: ["fr"] })).toEqual(["fr-only"]);
    expect(shownIds(commitments, { initiative: ["cyber"], theme: ["climate"] })).toEqual([]);
    expect(shownIds(commitments, { initiative: ["cyber"], q: "cybercrime" })).toEqual(["fr-only"]);
  });
});

describe("applyFilters: sort", () => {
  const sorted = (commitments: Commitment[], sort: Sort, localEvents: LocalStatusEvent[] = []) =>
    shownIds(commitments, { sort }, localEvents);

  it("sorts by title, ignoring case and accents, in both directions", () => {
    const items = [
      plain({ id: "fund", title: "fund a programme" }),
      plain({ id: "echange", title: "Échange de données" }),
      plain({ id: "dialogue", title: "Dialogue on space" }),
      plain({ id: "zone", title: "Zone de coopération" }),
    ];
    expect(sorted(items, { key: "title", direction: "asc" })).toEqual([
      "dialogue",
      "echange",
      "fund",
      "zone",
    ]);
    expect(sorted(items, { key: "title", direction: "desc" })).toEqual([
      "zone",
      "fund",
      "echange",
      "dialogue",
    ]);
  });

  it("sorts by overall status in the vocabulary's order, in both directions", () => {
    const items = [
      plain({ id: "done", statuses: { us: "done", fr: "done" } }),
      plain({ id: "not-started", statuses: {} }),
      plain({ id: "dropped", statuses: { us: "dropped", fr: "dropped" } }),
      plain({ id: "at-risk", statuses: { us: "at_risk", fr: "done" } }),
      plain({ id: "in-progress", statuses: { us: "in_progress" } }),
    ];
    const ascending = ["not-started", "in-progress", "at-risk", "done", "dropped"];
    expect(sorted(items, { key: "status", direction: "asc" })).toEqual(ascending);
    expect(sorted(items, { key: "status", direction: "desc" })).toEqual([...ascending].reverse());
  });

  it("sorts by initiative in the data file's order of initiatives, in both directions", () => {
    const items = [
      plain({ id: "cyber", initiativeId: "cyber" }),
      plain({ id: "unknown", initiativeId: "unknown" }),
      plain({ id: "space", initiativeId: "space" }),
    ];
    expect(sorted(items, { key: "initiative", direction: "asc" })).toEqual(["space", "cyber", "unknown"]);
    expect(sorted(items, { key: "initiative", direction: "desc" })).toEqual(["unknown", "cyber", "space"]);
  });

  it("sorts by last update, never-updated first when ascending and last when descending", () => {
    const items = [
      plain({ id: "march", history: [buildEvent({ commitmentId: "march", at: "2026-03-01T00:00:00Z" })] }),
      plain({ id: "never", history: [] }),
      plain({
        id: "january",
        history: [buildEvent({ commitmentId: "january", at: "2026-01-01T00:00:00Z" })],
      }),
    ];
    expect(sorted(items, { key: "updated", direction: "asc" })).toEqual(["never", "january", "march"]);
    expect(sorted(items, { key: "updated", direction: "desc" })).toEqual(["march", "january", "never"]);
  });

  it("sorts by last update counting this browser's updates and comparing instants, not text", () => {
    const items = [
      // 10:00 in Paris is 09:00Z: earlier than 09:30Z although its text sorts later.
      plain({
        id: "paris",
        history: [buildEvent({ commitmentId: "paris", at: "2026-01-01T10:00:00+01:00" })],
      }),
      plain({ id: "utc", history: [buildEvent({ commitmentId: "utc", at: "2026-01-01T09:30:00Z" })] }),
      plain({ id: "local", history: [] }),
    ];
    const local: LocalStatusEvent = {
      ...buildEvent({ id: "l", commitmentId: "local", at: "2026-02-01T00:00:00Z" }),
      kind: "status",
      batchId: "batch",
    };
    expect(sorted(items, { key: "updated", direction: "desc" }, [local])).toEqual(["local", "utc", "paris"]);
  });

  it.each<Sort["key"]>(["status", "initiative", "updated"])(
    "breaks ties on %s by title, A to Z in both directions",
    (key) => {
      const items = [
        plain({ id: "charlie", title: "Charlie" }),
        plain({ id: "alpha", title: "alpha" }),
        plain({ id: "bravo", title: "Bravo" }),
      ];
      expect(sorted(items, { key, direction: "asc" })).toEqual(["alpha", "bravo", "charlie"]);
      expect(sorted(items, { key, direction: "desc" })).toEqual(["alpha", "bravo", "charlie"]);
    },
  );

  it("breaks ties by title within a group and keeps the groups in the chosen direction", () => {
    const items = [
      plain({ id: "space-b", title: "B", initiativeId: "space" }),
      plain({ id: "cyber-b", title: "B", initiativeId: "cyber" }),
      plain({ id: "cyber-a", title: "A", initiativeId: "cyber" }),
      plain({ id: "space-a", title: "A", initiativeId: "space" }),
    ];
    expect(sorted(items, { key: "initiative", direction: "desc" })).toEqual([
      "cyber-a",
      "cyber-b",
      "space-a",
      "space-b",
    ]);
  });

  it("keeps the file's order of commitments whose titles are the same", () => {
    const items = [plain({ id: "second", title: "Same title" }), plain({ id: "first", title: "same title" })];
    expect(sorted(items, { key: "title", direction: "asc" })).toEqual(["second", "first"]);
    expect(sorted(items, { key: "title", direction: "desc" })).toEqual(["second", "first"]);
  });

  it("sorts only what the filters let through", () => {
    const items = [
      plain({ id: "b", title: "B", parties: ["us"], statuses: { us: "not_started" } }),
      plain({ id: "c", title: "C" }),
      plain({ id: "a", title: "A" }),
    ];
    expect(shownIds(items, { party: ["fr"], sort: { key: "title", direction: "asc" } })).toEqual(["a", "c"]);
  });
});

describe("resolveIdsAgainstDataset", () => {
  it("keeps initiative and theme ids that the data has, and reports nothing", () => {
    const filters = filtersWith({ initiative: ["cyber", "space"], theme: ["climate"] });
    expect(resolveIdsAgainstDataset(filters, dataset)).toEqual({ filters, ignored: [] });
  });

  it("drops ids the data does not have and says which, keeping the known ones in order", () => {
    const { filters, ignored } = resolveIdsAgainstDataset(
      filtersWith({ initiative: ["moon", "cyber", "mars"], theme: ["nato", "climate"] }),
      dataset,
    );
    expect(filters.initiative).toEqual(["cyber"]);
    expect(filters.theme).toEqual(["climate"]);
    expect(ignored).toEqual([
      { param: "initiative", value: "moon", reason: { key: "unknownInitiative" } },
      { param: "initiative", value: "mars", reason: { key: "unknownInitiative" } },
      { param: "theme", value: "nato", reason: { key: "unknownTheme" } },
    ]);
  });

  it("does not take a theme id for an initiative or the other way round", () => {
    const { filters, ignored } = resolveIdsAgainstDataset(
      filtersWith({ initiative: ["climate"], theme: ["space"] }),
      dataset,
    );
    expect(filters.initiative).toEqual([]);
    expect(filters.theme).toEqual([]);
    expect(ignored.map(({ param, value }) => `${param}=${value}`)).toEqual([
      "initiative=climate",
      "theme=space",
    ]);
  });

  it("leaves every other filter as it was", () => {
    const input = filtersWith({
      q: "space",
      status: ["done"],
      party: ["fr"],
      initiative: ["moon"],
      diverging: true,
      sort: { key: "updated", direction: "desc" },
      lang: "fr",
      asOf: "2026-03-31",
    });
    expect(resolveIdsAgainstDataset(input, dataset).filters).toEqual({ ...input, initiative: [] });
  });

  it("once applied, an unknown id no longer hides every commitment", () => {
    const items = resolveCommitments([plain({ id: "a" }), plain({ id: "b", initiativeId: "cyber" })], []);
    const { filters } = resolveIdsAgainstDataset(filtersWith({ initiative: ["moon"] }), dataset);
    expect(applyFilters(items, filters, dataset)).toHaveLength(2);
  });
});

describe("narrowsSearch", () => {
  it("is true when the search only grew more precise", () => {
    expect(narrowsSearch(filtersWith({ q: "" }), filtersWith({ q: "c" }))).toBe(true);
    expect(narrowsSearch(filtersWith({ q: "co" }), filtersWith({ q: "coa" }))).toBe(true);
    expect(narrowsSearch(filtersWith({ q: "space" }), filtersWith({ q: "space nato" }))).toBe(true);
    expect(narrowsSearch(filtersWith({ q: "ech" }), filtersWith({ q: "Échéance" }))).toBe(true);
    expect(narrowsSearch(filtersWith({ q: "nato space" }), filtersWith({ q: "spaces natos" }))).toBe(true);
  });

  it("is false when the search was shortened or changed", () => {
    expect(narrowsSearch(filtersWith({ q: "coa" }), filtersWith({ q: "co" }))).toBe(false);
    expect(narrowsSearch(filtersWith({ q: "space" }), filtersWith({ q: "cyber" }))).toBe(false);
    expect(narrowsSearch(filtersWith({ q: "space nato" }), filtersWith({ q: "space" }))).toBe(false);
    expect(narrowsSearch(filtersWith({ q: "c" }), filtersWith({ q: "" }))).toBe(false);
  });

  it("is false when any other filter changed, even if the search grew", () => {
    const before = filtersWith({ q: "co", status: ["done"] });
    expect(narrowsSearch(before, { ...before, q: "coa", status: ["done", "at_risk"] })).toBe(false);
    expect(narrowsSearch(before, { ...before, q: "coa", party: ["fr"] })).toBe(false);
    expect(narrowsSearch(before, { ...before, q: "coa", sort: { key: "title", direction: "asc" } })).toBe(
      false,
    );
    expect(narrowsSearch(before, { ...before, q: "coa", stale: true })).toBe(false);
  });
});

describe("createFilterer", () => {
  const words = ["space", "nato", "climate", "dialogue", "observatory", "cyber", "norms", "échéance"];
  // Seeded: each commitment's title is three of the words, so that searches share and split results.
  const commitments = Array.from({ length: 60 }, (_, index) =>
    plain({
      id: `c${index}`,
      title: [0, 3, 5].map((step) => words[(index * 7 + step * (index % 5)) % words.length]).join(" "),
      initiativeId: index % 3 === 0 ? "cyber" : "space",
    }),
  );
  const items = resolveCommitments(commitments, []);
  const ids = (shown: readonly { commitment: { id: string } }[]) => shown.map((item) => item.commitment.id);

  it("gives what applyFilters gives, keystroke by keystroke, as a search is typed, erased and changed", () => {
    const typed = [
      "",
      "s",
      "sp",
      "spa",
      "spac",
      "space",
      "space ",
      "space n",
      "space na",
      "space n",
      "space",
      "spac",
      "c",
      "cl",
      "cli",
      "d",
      "",
      "éch",
      "ech",
      "echeance",
      "o",
      "ob",
      "obs",
    ];
    const sort = { key: "title", direction: "desc" } as const;
    const variants = [{}, { sort }, { initiative: ["cyber"] }];
    const givesWhatApplyFiltersGives = (filter: ReturnType<typeof createFilterer>, filters: Filters) =>
      expect(ids(filter(items, filters, dataset)), JSON.stringify(filters)).toEqual(
        ids(applyFilters(items, filters, dataset)),
      );
    for (const variant of variants) {
      // One filterer per sequence, as in the layout: each keystroke that adds letters filters the last list.
      const filter = createFilterer();
      for (const q of typed) givesWhatApplyFiltersGives(filter, filtersWith({ q, ...variant }));
    }
    // And one filterer through them all at once: a change of another filter between keystrokes starts over.
    const filter = createFilterer();
    for (const q of typed) {
      for (const variant of variants) givesWhatApplyFiltersGives(filter, filtersWith({ q, ...variant }));
    }
  });

  it("looks only at the earlier result when the search narrows, and at every commitment otherwise", () => {
    const looked = new Set<string>();
    // Each item records when its commitment is read, as filtering does to look at it.
    const watched = items.map(
      (item) =>
        new Proxy(item, {
          get(target, key) {
            if (key === "commitment") looked.add(target.commitment.id);
            return Reflect.get(target, key);
          },
        }),
    );
    const filter = createFilterer();
    const first = ids(filter(watched, filtersWith({ q: "space" }), dataset));
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(items.length);
    looked.clear();
    filter(watched, filtersWith({ q: "space n" }), dataset);
    expect([...looked].sort()).toEqual([...first].sort());
    looked.clear();
    filter(watched, filtersWith({ q: "space" }), dataset);
    expect(looked.size).toBe(items.length);
  });

  it("filters every commitment again when the commitments, the data or the stale set change", () => {
    const filter = createFilterer();
    filter(items, filtersWith({ q: "space" }), dataset);
    const local: LocalStatusEvent = {
      ...buildEvent({ id: "local", commitmentId: "c1", status: "done" }),
      kind: "status",
      batchId: "batch",
    };
    const updated = resolveCommitments(commitments, [local]);
    expect(ids(filter(updated, filtersWith({ q: "space n" }), dataset))).toEqual(
      ids(applyFilters(updated, filtersWith({ q: "space n" }), dataset)),
    );
    const stale = new Set(["c2"]);
    expect(ids(filter(updated, filtersWith({ q: "space na", stale: true }), dataset, stale))).toEqual(
      ids(applyFilters(updated, filtersWith({ q: "space na", stale: true }), dataset, stale)),
    );
  });
});
