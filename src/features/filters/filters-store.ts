import { create } from "zustand";
import type { Dataset } from "@/features/commitments/dataset-schema";
import { resolveIdsAgainstDataset } from "./apply-filters";
import {
  emptyFilters,
  type Filters,
  type IgnoredParam,
  parseFilterParams,
  serializeFilterParams,
} from "./filter-params";

/** The part of a react-router data router this store uses: its location, navigation, and updates. */
export type FiltersRouter = {
  state: { location: { pathname: string; search: string } };
  navigate: (to: { search: string }, options: { replace: boolean }) => unknown;
  subscribe: (listener: (state: { location: { pathname: string; search: string } }) => void) => () => void;
};

type FiltersState = {
  filters: Filters;
  /** Parts of the address that were not used: the page says what they were. */
  ignored: IgnoredParam[];
  /** The current query string, as the app writes it: links keep it so every view shows the same filters. */
  search: string;
  actions: {
    filtersChanged: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
    filtersCleared: () => void;
  };
};

/** The data's initiatives and themes, once loaded: ids it does not define are left out of the links written. */
export type KnownIds = () => Pick<Dataset, "initiatives" | "themes"> | null;

let router: FiltersRouter | null = null;
let knownIds: KnownIds = () => null;

function withoutUnknownIds(filters: Filters): Filters {
  const known = knownIds();
  return known ? resolveIdsAgainstDataset(filters, known).filters : filters;
}

/** Today in the person's calendar (YYYY-MM-DD): an as-of date after it is ignored. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function stateFromLocation(search: string): Pick<FiltersState, "filters" | "ignored" | "search"> {
  const { filters, ignored } = parseFilterParams(search, { today: localToday() });
  return { filters, ignored, search: serializeFilterParams(filters) };
}

/**
 * A change the store holds and the address does not show yet: written by writeFiltersToAddress, which the
 * layout calls once the views show the change (decision 019). `replace` is false if any change it gathers
 * was to add a history entry: a whole search typed before the address caught up is one entry.
 */
let pending: { search: string; replace: boolean } | null = null;

function navigateTo(requested: Filters, replace: boolean) {
  if (!router) throw new Error("The filters store is not connected to the router (connectFiltersToRouter).");
  // An id the data does not know was ignored (and said so); changing any filter leaves it out of the link.
  const filters = withoutUnknownIds(requested);
  const search = serializeFilterParams(filters);
  // Nothing changed: no duplicate history entry.
  if (search === (pending?.search ?? router.state.location.search)) return;
  // Set at once so a controlled input never waits on the router; the address follows.
  useFiltersStore.setState({ filters, ignored: [], search });
  pending = { search, replace: pending ? pending.replace && replace : replace };
}

/**
 * Writes the filters to the address (the router navigates, the path stays), if the store holds a change the
 * address does not show yet. The layout calls it once the views have rendered the change: the history entry
 * and the new href of every link then come after the list a keystroke changes, not before it (decision 019).
 */
export function writeFiltersToAddress() {
  const change = pending;
  pending = null;
  if (!change || !router || change.search === router.state.location.search) return;
  // Without a pathname the router stays on the current path (and keeps the basename of a sub-path build).
  router.navigate({ search: change.search }, { replace: change.replace });
}

/**
 * The one owner of the URL's query string (DESIGN.md): state comes from the router's location on every
 * navigation, and the actions change the state at once and then the address (writeFiltersToAddress). Back and
 * Forward therefore walk through filter changes.
 */
export const useFiltersStore = create<FiltersState>()((_set, get) => ({
  ...stateFromLocation(""),
  actions: {
    filtersChanged: (patch, options) => navigateTo({ ...get().filters, ...patch }, options?.replace ?? false),
    filtersCleared: () => {
      const { sort, lang, asOf, from, to } = get().filters;
      navigateTo({ ...emptyFilters, sort, lang, asOf, from, to }, false);
    },
  },
}));

/** Binds the store to the app's router; returns the unsubscribe. Called once, where the router is made. */
export function connectFiltersToRouter(
  appRouter: FiltersRouter,
  options: { knownIds?: KnownIds } = {},
): () => void {
  router = appRouter;
  knownIds = options.knownIds ?? (() => null);
  let lastSearch = appRouter.state.location.search;
  pending = null;
  useFiltersStore.setState(stateFromLocation(lastSearch));
  const unsubscribe = appRouter.subscribe(({ location }) => {
    if (location.search === lastSearch) return;
    lastSearch = location.search;
    // The address this store just wrote (its state is that already): parsing it again would give equal
    // filters in new objects, and every view would render again for nothing.
    if (location.search === useFiltersStore.getState().search) return;
    // Another navigation (Back, Forward, a link) wins over a change the address did not show yet.
    pending = null;
    useFiltersStore.setState(stateFromLocation(location.search));
  });
  return () => {
    unsubscribe();
    pending = null;
    router = null;
    knownIds = () => null;
  };
}

export const useFilters = () => useFiltersStore((state) => state.filters);
export const useIgnoredParams = () => useFiltersStore((state) => state.ignored);
export const useFilterSearch = () => useFiltersStore((state) => state.search);
export const useFilterActions = () => useFiltersStore((state) => state.actions);
