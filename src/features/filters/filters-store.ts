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

type RouterState = {
  location: { pathname: string; search: string };
  /** "idle" unless a navigation is under way (e.g. to a view whose code is still loading). */
  navigation: { state: string; location?: object };
};

/** The part of a react-router data router this store uses: its location, navigation, and updates. */
export type FiltersRouter = {
  state: RouterState;
  navigate: (to: { search: string }, options: { replace: boolean }) => unknown;
  subscribe: (listener: (state: RouterState) => void) => () => void;
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
 * `madeDuring`: the location of the navigation under way when it was made (its code still loading), if any:
 * when that navigation lands the change is newer than its address and is written; another one wins over it.
 */
let pending: { search: string; replace: boolean; madeDuring: object | undefined } | null = null;

const isNavigating = (state: RouterState) => state.navigation.state !== "idle";

function navigateTo(requested: Filters, replace: boolean) {
  if (!router) throw new Error("The filters store is not connected to the router (connectFiltersToRouter).");
  // An id the data does not know was ignored (and said so); changing any filter leaves it out of the link.
  const filters = withoutUnknownIds(requested);
  const search = serializeFilterParams(filters);
  // Nothing changed: no duplicate history entry.
  if (search === (pending?.search ?? router.state.location.search)) return;
  // Set at once so a controlled input never waits on the router; the address follows.
  useFiltersStore.setState({ filters, ignored: [], search });
  pending = {
    search,
    replace: pending ? pending.replace && replace : replace,
    madeDuring: isNavigating(router.state) ? router.state.navigation.location : undefined,
  };
}

/**
 * Writes the filters to the address (the router navigates, the path stays), if the store holds a change the
 * address does not show yet. The layout calls it once the views have rendered the change: the router's
 * navigation (its history entry, every view rendering again) then comes after the list a keystroke changes.
 */
export function writeFiltersToAddress() {
  // A navigation under way (a link to a view whose code is loading, Back to one) would be cancelled by this
  // one, which stays on the current path: the change waits until it has landed (see the subscriber).
  if (!pending || !router || isNavigating(router.state)) return;
  const change = pending;
  pending = null;
  if (change.search === router.state.location.search) return;
  // Without a pathname the router stays on the current path (and keeps the basename of a sub-path build).
  router.navigate({ search: change.search }, { replace: change.replace });
}

/**
 * The one owner of the URL's query string (DESIGN.md): the actions change the state at once and then the
 * address (writeFiltersToAddress); a navigation from elsewhere (a link, Back, Forward, an address typed)
 * sets the state from the address it lands on. Back and Forward therefore walk through filter changes.
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
  // The router makes a new location object for each navigation that lands (keys repeat: every entry pushed
  // from outside the router is "default").
  let lastLocation = appRouter.state.location;
  pending = null;
  useFiltersStore.setState(stateFromLocation(appRouter.state.location.search));
  const unsubscribe = appRouter.subscribe((state) => {
    const { location } = state;
    if (isNavigating(state) || location === lastLocation) return;
    lastLocation = location;
    // The router lands on the very location object its navigation had while loading.
    if (pending?.madeDuring === location) {
      // Filters changed while this navigation was loading: its address, which nobody saw, takes them. Not
      // from inside the router's own update: it is still finishing this navigation.
      pending = { ...pending, replace: true, madeDuring: undefined };
      queueMicrotask(writeFiltersToAddress);
      return;
    }
    // A change made before this navigation started, or during another one: the navigation wins (Back,
    // Forward; a link already carried the store's filters).
    pending = null;
    const current = useFiltersStore.getState();
    if (location.search === current.search) {
      // The store's own filters (its write landed, or a link kept them): parsing them again would give equal
      // filters in new objects, and every view would render again for nothing. The address no longer has
      // the parts that were ignored, so nothing is listed as ignored any more.
      if (current.ignored.length > 0) useFiltersStore.setState({ ignored: [] });
      return;
    }
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
