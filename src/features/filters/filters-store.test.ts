// @vitest-environment jsdom
import { createBrowserRouter, createMemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyFilters } from "./filter-params";
import { connectFiltersToRouter, useFiltersStore, writeFiltersToAddress } from "./filters-store";

type Router = ReturnType<typeof createMemoryRouter>;

let disconnect: (() => void) | undefined;

/** A fresh router at the given addresses, with the (singleton) store connected to it. */
function connectAt(initialEntries: string[], options: { initialIndex?: number; basename?: string } = {}) {
  const router = createMemoryRouter([{ path: "*", element: null }], { initialEntries, ...options });
  disconnect = connectFiltersToRouter(router);
  return router;
}

const store = () => useFiltersStore.getState();
const actions = () => useFiltersStore.getState().actions;

/**
 * The layout writes the address once the views show a change (writeFiltersToAddress), and the router navigates
 * without waiting: as the layout would, write it, then wait until the router has arrived.
 */
async function routerArrivesAt(router: Router, search: string) {
  writeFiltersToAddress();
  await vi.waitFor(() => expect(router.state.location.search).toBe(search));
  expect(router.state.navigation.state).toBe("idle");
}

afterEach(() => {
  disconnect?.();
  disconnect = undefined;
});

describe("connectFiltersToRouter", () => {
  it("reads the filters from the router's location", () => {
    connectAt(["/commitments?status=done,at_risk&party=fr&sort=-updated"]);
    expect(store().filters).toEqual({
      ...emptyFilters,
      status: ["done", "at_risk"],
      party: ["fr"],
      sort: { key: "updated", direction: "desc" },
    });
  });

  it("lists the parts of the address it did not use", () => {
    connectAt(["/commitments?status=done&colour=red"]);
    expect(store().filters.status).toEqual(["done"]);
    expect(store().ignored).toEqual([{ param: "colour", value: "red", reason: { key: "unknownParam" } }]);
  });

  it("keeps the query string as the app writes it, without the ignored parts", () => {
    connectAt(["/commitments?party=fr&colour=red&status=done"]);
    expect(store().search).toBe("?status=done&party=fr");
  });

  it("replaces whatever a previous router left in the store", () => {
    disconnect = connectFiltersToRouter(
      createMemoryRouter([{ path: "*", element: null }], { initialEntries: ["/?party=us&colour=red"] }),
    );
    disconnect();
    connectAt(["/"]);
    expect(store().filters).toEqual(emptyFilters);
    expect(store().ignored).toEqual([]);
    expect(store().search).toBe("");
  });

  it("stops following the router once disconnected, and its actions then refuse to run", async () => {
    const router = connectAt(["/commitments?status=done"]);
    disconnect?.();
    await router.navigate("/commitments?party=fr");
    expect(store().filters.party).toEqual([]);
    expect(() => actions().filtersChanged({ party: ["us"] })).toThrow(/not connected/);
  });
});

describe("filtersChanged", () => {
  it("updates the store at once, and keeps it while the navigation is still loading", async () => {
    // A view whose data takes time: the router keeps the old location until its loader is done.
    let loaderDone: Promise<null> = Promise.resolve(null);
    const router = createMemoryRouter([{ path: "*", element: null, loader: () => loaderDone }], {
      initialEntries: ["/commitments?status=done"],
    });
    disconnect = connectFiltersToRouter(router);
    await vi.waitFor(() => expect(router.state.initialized).toBe(true));
    let finishLoading = (_value: null) => {};
    loaderDone = new Promise((resolve) => {
      finishLoading = resolve;
    });

    actions().filtersChanged({ party: ["fr"] });
    writeFiltersToAddress();
    await vi.waitFor(() => expect(router.state.navigation.state).toBe("loading"));
    expect(router.state.location.search).toBe("?status=done");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"], party: ["fr"] });
    expect(store().search).toBe("?status=done&party=fr");

    finishLoading(null);
    await routerArrivesAt(router, "?status=done&party=fr");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"], party: ["fr"] });
  });

  it("writes the changed filters to the address, keeping the filters it did not change", async () => {
    const router = connectAt(["/commitments?status=done"]);
    actions().filtersChanged({ party: ["fr"] });
    await routerArrivesAt(router, "?status=done&party=fr");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"], party: ["fr"] });
  });

  it("drops ignored parts of the address and stops listing them", async () => {
    const router = connectAt(["/commitments?status=done&colour=red"]);
    actions().filtersChanged({ diverging: true });
    expect(store().ignored).toEqual([]);
    await routerArrivesAt(router, "?status=done&diverging=1");
    expect(store().ignored).toEqual([]);
  });

  it("keeps the path of the current view", async () => {
    const router = connectAt(["/initiatives/space?status=done"]);
    actions().filtersChanged({ status: ["at_risk"] });
    await routerArrivesAt(router, "?status=at_risk");
    expect(router.state.location.pathname).toBe("/initiatives/space");
  });

  it("keeps the path of the current view when the app is served under a sub-path", async () => {
    const router = connectAt(["/tracker/commitments?status=done"], { basename: "/tracker" });
    actions().filtersChanged({ party: ["fr"] });
    await routerArrivesAt(router, "?status=done&party=fr");
    expect(router.state.location.pathname).toBe("/tracker/commitments");
  });

  it("adds a history entry, so Back returns to the previous filters", async () => {
    const router = connectAt(["/commitments?status=done&colour=red"]);
    actions().filtersChanged({ party: ["fr"] });
    await routerArrivesAt(router, "?status=done&party=fr");
    expect(router.state.historyAction).toBe("PUSH");

    await router.navigate(-1);
    expect(router.state.location.search).toBe("?status=done&colour=red");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"] });
    expect(store().ignored.map(({ param }) => param)).toEqual(["colour"]);
  });

  it("walks forward again through the same filter changes", async () => {
    const router = connectAt(["/commitments"]);
    actions().filtersChanged({ status: ["done"] });
    await routerArrivesAt(router, "?status=done");
    actions().filtersChanged({ party: ["us"] });
    await routerArrivesAt(router, "?status=done&party=us");

    await router.navigate(-2);
    expect(store().filters).toEqual(emptyFilters);
    await router.navigate(1);
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"] });
  });

  it("with replace, changes the current history entry instead of adding one", async () => {
    const router = connectAt(["/", "/commitments?status=done"], { initialIndex: 1 });
    actions().filtersChanged({ q: "space" }, { replace: true });
    await routerArrivesAt(router, "?q=space&status=done");
    expect(router.state.historyAction).toBe("REPLACE");

    await router.navigate(-1);
    expect(router.state.location.pathname).toBe("/");
    expect(store().filters).toEqual(emptyFilters);
  });
});

describe("the address, written once the views show a change", () => {
  it("is left as it was until the layout writes it; the store has the change at once", () => {
    const router = connectAt(["/commitments?status=done"]);
    actions().filtersChanged({ party: ["fr"] });
    expect(store().search).toBe("?status=done&party=fr");
    expect(router.state.location.search).toBe("?status=done");
  });

  it("gets one history entry for a whole search typed before it was written", async () => {
    const router = connectAt(["/", "/commitments"], { initialIndex: 1 });
    actions().filtersChanged({ q: "s" });
    actions().filtersChanged({ q: "sp" }, { replace: true });
    actions().filtersChanged({ q: "spa" }, { replace: true });
    await routerArrivesAt(router, "?q=spa");
    expect(router.state.historyAction).toBe("PUSH");

    await router.navigate(-1);
    expect(router.state.location.pathname).toBe("/commitments");
    expect(store().filters).toEqual(emptyFilters);
  });

  it("stays as it is when a change is undone before it was written", () => {
    const router = connectAt(["/commitments?status=done"]);
    actions().filtersChanged({ q: "s" });
    actions().filtersChanged({ q: "" }, { replace: true });
    expect(store().filters.q).toBe("");
    writeFiltersToAddress();
    expect(router.state.location.search).toBe("?status=done");
    expect(router.state.historyAction).toBe("POP");
  });

  it("keeps the same filters object once its own write has landed, so no view renders again", async () => {
    const router = connectAt(["/commitments"]);
    actions().filtersChanged({ party: ["fr"] });
    const written = store().filters;
    await routerArrivesAt(router, "?party=fr");
    expect(store().filters).toBe(written);
  });

  it("follows Back taken before a change was written, and the change is dropped", async () => {
    const router = connectAt(["/commitments?status=done", "/commitments?status=at_risk"], {
      initialIndex: 1,
    });
    actions().filtersChanged({ party: ["fr"] });
    await router.navigate(-1);
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"] });
    writeFiltersToAddress();
    expect(router.state.location.search).toBe("?status=done");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"] });
  });
});

describe("a navigation to a view whose code is still loading", () => {
  /** /commitments is loaded; /changes loads its code when first visited, and finishes when told to. */
  function connectWithLoadingView(initialEntries: string[], options: { initialIndex?: number } = {}) {
    let finishLoading = () => {};
    const loaded = new Promise<void>((resolve) => {
      finishLoading = resolve;
    });
    const router = createMemoryRouter(
      [
        { path: "/commitments", element: null },
        { path: "/changes", lazy: () => loaded.then(() => ({ element: null })) },
      ],
      { initialEntries, ...options },
    );
    disconnect = connectFiltersToRouter(router);
    return { router, finishLoading };
  }

  it("is not cancelled by a change the address did not show yet (a link that carries it)", async () => {
    const { router, finishLoading } = connectWithLoadingView(["/commitments"]);
    actions().filtersChanged({ q: "space" });
    // The link's href has the store's filters; the layout writes the address while the view loads.
    void router.navigate({ pathname: "/changes", search: store().search });
    expect(router.state.navigation.state).toBe("loading");
    writeFiltersToAddress();
    finishLoading();
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/changes"));
    expect(router.state.location.search).toBe("?q=space");
    expect(router.state.historyAction).toBe("PUSH");
    expect(store().filters.q).toBe("space");
  });

  it("lets Back win over a change made before it, as with a view already loaded", async () => {
    const { router, finishLoading } = connectWithLoadingView(["/changes?status=done", "/commitments"], {
      initialIndex: 1,
    });
    actions().filtersChanged({ party: ["fr"] });
    void router.navigate(-1);
    await vi.waitFor(() => expect(router.state.navigation.state).toBe("loading"));
    writeFiltersToAddress();
    finishLoading();
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/changes"));
    expect(router.state.location.search).toBe("?status=done");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"] });
  });

  it("keeps a change made while it loads, and writes it to the address once it has landed", async () => {
    const { router, finishLoading } = connectWithLoadingView(["/commitments?status=done"]);
    void router.navigate({ pathname: "/changes", search: "?status=done" });
    actions().filtersChanged({ q: "cyber" });
    writeFiltersToAddress();
    expect(router.state.navigation.location?.pathname).toBe("/changes");
    finishLoading();
    await vi.waitFor(() => expect(router.state.location.search).toBe("?q=cyber&status=done"));
    expect(router.state.location.pathname).toBe("/changes");
    expect(router.state.navigation.state).toBe("idle");
    expect(store().filters).toEqual({ ...emptyFilters, q: "cyber", status: ["done"] });
    // The view's address without the change was never shown: it is replaced, not left for Back to find.
    expect(router.state.historyAction).toBe("REPLACE");
    await router.navigate(-1);
    expect(router.state.location.pathname).toBe("/commitments");
  });

  it("lets Back taken during that load win over a change made in it", async () => {
    const { router, finishLoading } = connectWithLoadingView(
      ["/commitments?status=at_risk", "/commitments"],
      {
        initialIndex: 1,
      },
    );
    void router.navigate("/changes");
    actions().filtersChanged({ q: "cyber" });
    void router.navigate(-1);
    finishLoading();
    await vi.waitFor(() => expect(router.state.location.search).toBe("?status=at_risk"));
    writeFiltersToAddress();
    await Promise.resolve(); // a write the store queued would run here
    expect(router.state.location.search).toBe("?status=at_risk");
    expect(router.state.navigation.state).toBe("idle");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["at_risk"] });
  });
});

describe("filtersCleared", () => {
  it("clears every filter but keeps the sort, language and date", async () => {
    const router = connectAt([
      "/commitments?q=space&status=done&initiative=space&party=fr&theme=climate&diverging=1&sort=-updated&lang=fr&asOf=2026-03-31",
    ]);
    actions().filtersCleared();
    expect(store().filters).toEqual({
      ...emptyFilters,
      sort: { key: "updated", direction: "desc" },
      lang: "fr",
      asOf: "2026-03-31",
    });
    await routerArrivesAt(router, "?sort=-updated&lang=fr&asOf=2026-03-31");
    expect(router.state.location.pathname).toBe("/commitments");
  });

  it("adds a history entry, so Back brings the filters back", async () => {
    const router = connectAt(["/commitments?status=done&party=fr"]);
    actions().filtersCleared();
    await routerArrivesAt(router, "");
    expect(router.state.historyAction).toBe("PUSH");

    await router.navigate(-1);
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"], party: ["fr"] });
  });
});

describe("navigation from outside the store", () => {
  it("takes the filters from the new address", async () => {
    const router = connectAt(["/commitments?status=done"]);
    await router.navigate("/x?party=fr");
    expect(store().filters).toEqual({ ...emptyFilters, party: ["fr"] });
    expect(store().search).toBe("?party=fr");
  });

  it("lists what the new address has that it did not use", async () => {
    const router = connectAt(["/commitments"]);
    await router.navigate("/commitments?status=finished&party=fr");
    expect(store().filters.party).toEqual(["fr"]);
    expect(store().ignored).toEqual([{ param: "status", value: "finished", reason: { key: "notStatus" } }]);
  });

  it("clears the filters when the new address has no query string", async () => {
    const router = connectAt(["/commitments?status=done&colour=red"]);
    await router.navigate("/initiatives/space");
    expect(store().filters).toEqual(emptyFilters);
    expect(store().ignored).toEqual([]);
    expect(store().search).toBe("");
  });

  it("stops listing ignored parts once a link leaves them out of the address", async () => {
    const router = connectAt(["/commitments?status=finished&party=fr"]);
    expect(store().ignored).toHaveLength(1);
    // Links carry the store's query string, which never has the ignored parts.
    await router.navigate({ pathname: "/changes", search: store().search });
    expect(router.state.location.search).toBe("?party=fr");
    expect(store().ignored).toEqual([]);
    expect(store().filters.party).toEqual(["fr"]);
  });

  it("follows addresses pushed outside the router, which all have the same key", async () => {
    window.history.replaceState(null, "", "/commitments");
    const router = createBrowserRouter([{ path: "*", element: null }]);
    try {
      disconnect = connectFiltersToRouter(router);
      for (const search of ["?party=fr", "?party=us"]) {
        window.history.pushState(null, "", `/commitments${search}`);
        window.dispatchEvent(new PopStateEvent("popstate"));
        await vi.waitFor(() => expect(store().search).toBe(search));
      }
    } finally {
      router.dispose();
      window.history.replaceState(null, "", "/");
    }
  });

  it("wins over a change not written yet even when it lands on the same query string", async () => {
    const router = connectAt(["/changes?status=done", "/commitments?status=done"], { initialIndex: 1 });
    actions().filtersChanged({ party: ["fr"] });
    await router.navigate(-1);
    writeFiltersToAddress();
    expect(router.state.location.pathname).toBe("/changes");
    expect(router.state.location.search).toBe("?status=done");
    expect(store().filters).toEqual({ ...emptyFilters, status: ["done"] });
  });

  it("keeps the filters when only the path changes", async () => {
    const router = connectAt(["/commitments?status=done"]);
    await router.navigate("/commitments/space-dialogue?status=done");
    expect(store().filters.status).toEqual(["done"]);
  });
});

describe("ids the data does not define", () => {
  it("are left out of the link written by the next filter change", async () => {
    const router = createMemoryRouter([{ path: "*", element: null }], {
      initialEntries: ["/commitments?initiative=moon,space&theme=climate,lunar"],
    });
    disconnect = connectFiltersToRouter(router, {
      knownIds: () => ({
        initiatives: [{ id: "space", title: "Space", summary: "s" }],
        themes: [{ id: "climate", title: "Climate" }],
      }),
    });
    actions().filtersChanged({ party: ["fr"] });
    await routerArrivesAt(router, "?initiative=space&party=fr&theme=climate");
  });
});
