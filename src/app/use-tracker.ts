import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useOutletContext } from "react-router";
import { useDataset } from "@/features/commitments/api/use-dataset";
import type { Dataset } from "@/features/commitments/dataset-schema";
import type { DataProblem } from "@/features/commitments/parse-dataset";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { createFilterer, resolveIdsAgainstDataset } from "@/features/filters/apply-filters";
import type { Filters } from "@/features/filters/filter-params";
import { useFilters, useIgnoredParams, writeFiltersToAddress } from "@/features/filters/filters-store";
import { useStaleAfterDays } from "@/features/preferences/preferences-store";
import { endOfDayUtc, resolveCommitmentsAsOf } from "@/features/status/resolve-as-of";
import { resolveCommitments } from "@/features/status/resolve-statuses";
import { publishedReviewTimes, type Staleness, staleness } from "@/features/status/staleness";
import { activeStatusEvents, type LocalEvent } from "@/features/status/update-events";
import { useUpdateEvents } from "@/features/status/updates-store";
import { resolveWithUpdates } from "./resolve-with-updates";

/**
 * The one place where the published data, this browser's updates and the filters meet, computed once per
 * change by the layout. Views read what they show from here; none filters or resolves statuses itself.
 * Each step is memoised on what it reads: a keystroke re-filters, a status change re-resolves only the
 * commitments it touched, and nothing is recomputed by a render that changed neither.
 */
export function useTrackerData() {
  const { query, fallback, parsed } = useDataset();
  const events = useUpdateEvents();
  const urlFilters = useFilters();
  const urlIgnored = useIgnoredParams();
  const dataset = parsed?.dataset;
  const staleAfterDays = useStaleAfterDays();
  // The end of the as-of day (a future date was already ignored by the filters store), or null for today.
  const asOfEnd = urlFilters.asOf ? endOfDayUtc(urlFilters.asOf) : null;

  const published = useMemo(
    () => (dataset ? resolveCommitments(dataset.commitments, [], dataset.updatedAt) : []),
    [dataset],
  );
  const all = useMemo(() => {
    if (!dataset) return published;
    const active = activeStatusEvents(events);
    // As of a past day, every commitment is resolved from its history (decision 013); today, incrementally.
    return asOfEnd === null
      ? resolveWithUpdates(dataset.commitments, published, active, dataset.updatedAt)
      : resolveCommitmentsAsOf(dataset.commitments, active, dataset.updatedAt, asOfEnd);
  }, [dataset, published, events, asOfEnd]);
  // Read once per data file; a status change then only adds this browser's events to it.
  const publishedReviews = useMemo(
    () => (dataset ? publishedReviewTimes(dataset.commitments, Date.now()) : undefined),
    [dataset],
  );
  // "Now" for staleness: the end of the as-of day, or the moment the data or the log last changed.
  const stale = useMemo<Staleness>(
    () =>
      dataset
        ? staleness(dataset, events, asOfEnd ?? Date.now(), staleAfterDays, publishedReviews)
        : { staleIds: new Set(), lastReviewed: new Map(), days: staleAfterDays },
    [dataset, events, asOfEnd, staleAfterDays, publishedReviews],
  );
  const { filters, ignored } = useMemo(() => {
    const checked = dataset
      ? resolveIdsAgainstDataset(urlFilters, dataset)
      : { filters: urlFilters, ignored: [] };
    return {
      filters: checked.filters,
      ignored: [...urlIgnored, ...checked.ignored],
    };
  }, [dataset, urlFilters, urlIgnored]);
  // The search box and checkboxes show `filters` at once; the list follows in a render React may interrupt,
  // so typing stays responsive however many commitments there are.
  const shownFilters = useDeferredValue(filters);
  // The address follows once the views show the filters: the router's navigation (the history entry, and every
  // view rendering again for the new location) then comes after the list a keystroke changed (decision 019).
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs when the views have rendered new filters
  useEffect(() => writeFiltersToAddress(), [shownFilters]);
  // Remembers the last list it made: typing on in the search box filters that list, not every commitment.
  const [filterCommitments] = useState(createFilterer);
  const visible = useMemo(
    () => (dataset ? filterCommitments(all, shownFilters, dataset, stale.staleIds) : []),
    [filterCommitments, all, shownFilters, dataset, stale],
  );

  return {
    query,
    fallback,
    dataset,
    problems: parsed?.problems ?? [],
    all,
    visible,
    filters,
    shownFilters,
    ignored,
    events,
    stale,
  };
}

/** What every view gets from the layout, once the data has loaded. */
export type TrackerView = {
  dataset: Dataset;
  problems: DataProblem[];
  /** Every commitment, with this browser's updates applied. */
  all: readonly ResolvedCommitment[];
  /** Those the filters let through, in the chosen order. */
  visible: ResolvedCommitment[];
  /** The filters `visible` was made with (ids unknown to the data left out). */
  filters: Filters;
  events: LocalEvent[];
  /** Which commitments have not been reviewed for a while, as of the view's day. */
  stale: Staleness;
};

export function useTracker(): TrackerView {
  return useOutletContext<TrackerView>();
}
