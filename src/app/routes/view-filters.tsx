import { createContext, type ReactNode, use } from "react";

/**
 * The filter bar, made by the layout (which holds the filters and the counts) and placed by each view that
 * filters a collection under its heading and introduction. Those paint before the data has arrived (the
 * overview's from index.html itself, decision 020); the bar comes with the data, so it must appear below
 * what the reader has begun to read, not above it.
 */
export const FilterBarContext = createContext<ReactNode>(null);

/** Where the view shows the filter bar (nothing on views without one). */
export function ViewFilters() {
  return use(FilterBarContext);
}
