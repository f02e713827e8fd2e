import type { QueryClient } from "@tanstack/react-query";
import { datasetQueryOptions, lastGoodCopyQueryOptions } from "@/features/commitments/api/dataset-query";
import {
  connectFiltersToRouter,
  type FiltersRouter,
  useFiltersStore,
} from "@/features/filters/filters-store";
import { usePreferencesStore } from "@/features/preferences/preferences-store";
import { syncUpdatesAcrossTabs } from "@/features/status/updates-store";
import { languageChosen } from "@/lib/i18n";
import { chooseLanguage } from "@/lib/languages";

/**
 * The one place the page's language is set: from the link's `lang`, else the remembered choice, else the
 * browser's. A language given by a link is remembered, so the next visit without one stays in it.
 */
function followLanguage() {
  const apply = () => {
    const fromUrl = useFiltersStore.getState().filters.lang;
    const { language: remembered, actions } = usePreferencesStore.getState();
    if (fromUrl && fromUrl !== remembered) actions.languageRemembered(fromUrl);
    languageChosen(chooseLanguage({ fromUrl, remembered, browser: navigator.languages ?? [] }));
  };
  apply();
  useFiltersStore.subscribe(apply);
}

/**
 * Binds the filters to the router and the updates to other tabs. Called once, when the layout's code has
 * loaded: the stores (and the validation of what they read) are not part of the first script (decision 008).
 */
export function connectStores(router: FiltersRouter, queryClient: QueryClient) {
  connectFiltersToRouter(router, {
    // The data on screen: the published file, or the kept copy shown while the file cannot be had.
    knownIds: () =>
      queryClient.getQueryData(datasetQueryOptions().queryKey)?.dataset ??
      queryClient.getQueryData(lastGoodCopyQueryOptions().queryKey)?.dataset ??
      null,
  });
  followLanguage();
  syncUpdatesAcrossTabs();
}
