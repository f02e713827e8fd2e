import { describe, expect, it } from "vitest";
import {
  countActiveFilters,
  emptyFilters,
  parseFilterParams,
  sameApartFromSearch,
  serializeFilterParams,
} from "./filter-params";

describe("parseFilterParams", () => {
  it("reads an empty query as no filters", () => {
    expect(parseFilterParams("")).toEqual({ filters: emptyFilters, ignored: [] });
  });

  it("reads every parameter of the URL contract", () => {
    const { filters, ignored } = parseFilterParams(
      "?q=paris%20call&status=at_risk,done&initiative=space&party=fr&theme=climate,nato&diverging=1&sort=-updated&lang=fr&asOf=2026-03-31",
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      q: "paris call",
      status: ["at_risk", "done"],
      initiative: ["space"],
      party: ["fr"],
      theme: ["climate", "nato"],
      diverging: true,
      sort: { key: "updated", direction: "desc" },
      lang: "fr",
      asOf: "2026-03-31",
      stale: false,
      from: null,
      to: null,
    });
  });

  it("reads stale and the Changes range", () => {
    const { filters, ignored } = parseFilterParams("?stale=1&from=2026-03-01&to=2026-03-07");
    expect(ignored).toEqual([]);
    expect(filters).toMatchObject({ stale: true, from: "2026-03-01", to: "2026-03-07" });
    expect(parseFilterParams("?stale=0").filters.stale).toBe(false);
  });

  it("ignores a bad stale value, bad range dates, and a range that ends before it starts", () => {
    const bad = parseFilterParams("?stale=yes&from=2026-13-01&to=soon");
    expect(bad.filters).toMatchObject({ stale: false, from: null, to: null });
    expect(bad.ignored.map(({ param, value }) => `${param}=${value}`)).toEqual([
      "stale=yes",
      "from=2026-13-01",
      "to=soon",
    ]);
    const reversed = parseFilterParams("?from=2026-03-08&to=2026-03-01");
    expect(reversed.filters).toMatchObject({ from: null, to: "2026-03-01" });
    expect(reversed.ignored).toEqual([
      { param: "from", value: "2026-03-08", reason: { key: "afterTo", values: { to: "2026-03-01" } } },
    ]);
  });

  it("ignores an as-of date after today, and says why", () => {
    const future = parseFilterParams("?asOf=2026-03-04", { today: "2026-03-03" });
    expect(future.filters.asOf).toBeNull();
    expect(future.ignored).toEqual([{ param: "asOf", value: "2026-03-04", reason: { key: "asOfFuture" } }]);
    expect(parseFilterParams("?asOf=2026-03-03", { today: "2026-03-03" }).filters.asOf).toBe("2026-03-03");
  });

  it("accepts repeated parameters as well as comma lists, without duplicates", () => {
    expect(parseFilterParams("?status=done&status=done,at_risk").filters.status).toEqual(["done", "at_risk"]);
  });

  it("ignores unknown names and bad values, keeps the good ones, and says what it ignored", () => {
    const { filters, ignored } = parseFilterParams(
      "?status=done,finished&party=de&colour=red&diverging=yes&sort=size&lang=de&asOf=2026-02-30&initiative=<b>x</b>",
    );
    expect(filters.status).toEqual(["done"]);
    expect(filters.party).toEqual([]);
    expect(filters.asOf).toBeNull();
    expect(ignored.map(({ param, value }) => `${param}=${value}`)).toEqual([
      "colour=red",
      "status=finished",
      "party=de",
      "initiative=<b>x</b>",
      "diverging=yes",
      "sort=size",
      "lang=de",
      "asOf=2026-02-30",
    ]);
  });

  it("cuts an overlong search and says so", () => {
    const { filters, ignored } = parseFilterParams(`?q=${"a".repeat(500)}`);
    expect(filters.q).toHaveLength(200);
    expect(ignored[0]?.param).toBe("q");
  });
});

describe("serializeFilterParams", () => {
  it("writes nothing for no filters", () => {
    expect(serializeFilterParams(emptyFilters)).toBe("");
  });

  it("round-trips through parse in a fixed, readable order", () => {
    const query =
      "?q=nato+cyber&status=at_risk,done&party=fr&diverging=1&sort=-title&lang=fr&asOf=2026-03-03&stale=1&from=2026-02-01&to=2026-02-07";
    const { filters } = parseFilterParams(query);
    expect(serializeFilterParams(filters)).toBe(query);
  });

  it("drops what parse ignored, so a cleaned link is stable", () => {
    const { filters } = parseFilterParams("?party=fr&colour=red&status=nope");
    expect(serializeFilterParams(filters)).toBe("?party=fr");
  });
});

describe("countActiveFilters", () => {
  it("counts what narrows the list, not sort, language, date or range", () => {
    expect(countActiveFilters(parseFilterParams("?q=x&status=done,at_risk&sort=title&lang=fr").filters)).toBe(
      3,
    );
    expect(countActiveFilters(parseFilterParams("?stale=1&asOf=2026-01-01&from=2026-01-01").filters)).toBe(1);
  });
});

describe("sameApartFromSearch", () => {
  const parsed = (search: string) => parseFilterParams(search).filters;

  it("is true for filters that differ only in the search, in new objects", () => {
    expect(
      sameApartFromSearch(parsed("?q=co&status=done&sort=-title"), parsed("?status=done&q=coa&sort=-title")),
    ).toBe(true);
  });

  it("is false when any other filter differs", () => {
    const base = "?q=co&status=done";
    for (const other of [
      "?q=co",
      "?q=co&status=done,at_risk",
      "?q=co&status=done&lang=fr",
      "?q=co&status=done&stale=1",
      "?q=co&status=done&asOf=2026-01-01",
      "?q=co&status=done&sort=title",
      "?q=co&status=done&party=us",
      "?q=co&status=done&initiative=space",
      "?q=co&status=done&theme=climate",
      "?q=co&status=done&diverging=1",
      "?q=co&status=done&from=2026-01-01",
      "?q=co&status=done&to=2026-01-31",
    ]) {
      expect(sameApartFromSearch(parsed(base), parsed(other)), other).toBe(false);
    }
  });
});

describe("tracking tags added to links", () => {
  it("are dropped without being reported", () => {
    expect(parseFilterParams("?utm_source=mail&fbclid=x&party=fr").ignored).toEqual([]);
  });
});
