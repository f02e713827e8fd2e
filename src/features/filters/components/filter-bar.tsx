import { memo, type RefObject, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocalize } from "@/features/commitments/components/localized";
import type { Initiative, Theme } from "@/features/commitments/dataset-schema";
import { partyIds, statusIds } from "@/features/commitments/status-event-schema";
import {
  countActiveFilters,
  type Filters,
  MAX_QUERY_LENGTH,
  onlyParty,
  sameApartFromSearch,
} from "../filter-params";
import { useFilterActions } from "../filters-store";
import { AsOfPicker } from "./as-of-picker";
import { CheckboxGroup } from "./checkbox-group";
import { StaleFilter } from "./stale-filter";

type FilterBarProps = {
  /** The filters in effect (ids the data does not know are already left out). */
  filters: Filters;
  initiatives: Initiative[];
  themes: Theme[];
  /** How many commitments the filters let through, of how many. */
  matching: number;
  total: number;
  /** How many days without a review make a commitment stale (the person's preference). */
  staleAfterDays: number;
};

export function FilterBar({ filters, initiatives, themes, matching, total, staleAfterDays }: FilterBarProps) {
  const { t } = useTranslation("filters");
  const { filtersChanged } = useFilterActions();
  const searchRef = useRef<HTMLInputElement>(null);
  // The first keystroke of a search adds a history entry; the rest replace it, so Back undoes a whole
  // search at once instead of one letter at a time.
  const typing = useRef(false);
  return (
    <search className="filter-bar" aria-label={t("bar.label")}>
      <div className="filter-bar__search">
        <label htmlFor="filter-search">{t("bar.search")}</label>
        <input
          id="filter-search"
          ref={searchRef}
          type="search"
          value={filters.q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t("bar.placeholder")}
          onChange={(event) => {
            filtersChanged({ q: event.target.value }, { replace: typing.current });
            typing.current = true;
          }}
          onBlur={() => {
            typing.current = false;
          }}
        />
      </div>
      <FilterGroups
        filters={filters}
        initiatives={initiatives}
        themes={themes}
        staleAfterDays={staleAfterDays}
        anyActive={countActiveFilters(filters) > 0}
        searchRef={searchRef}
      />
      <p className="filter-bar__count" role="status">
        {matching === total ? t("bar.all", { count: total }) : t("bar.matching", { count: matching, total })}
      </p>
    </search>
  );
}

type FilterGroupsProps = Omit<FilterBarProps, "matching" | "total"> & {
  /** Whether any filter narrows the list (the search included): "Clear filters" shows then. */
  anyActive: boolean;
  /** Where focus goes when "Clear filters" disappears. */
  searchRef: RefObject<HTMLInputElement | null>;
};

/**
 * The checkboxes and choices under the search box. Memoised apart from the search: each keystroke renders the
 * bar twice (the box at once, the count once the list follows), and these dozens of labels need neither.
 */
const FilterGroups = memo(
  function FilterGroups({
    filters,
    initiatives,
    themes,
    staleAfterDays,
    anyActive,
    searchRef,
  }: FilterGroupsProps) {
    const { t } = useTranslation(["filters", "commitments"]);
    const localize = useLocalize();
    const { filtersChanged, filtersCleared } = useFilterActions();
    const party = onlyParty(filters);
    return (
      <div className="filter-bar__groups">
        <CheckboxGroup
          legend={party ? t("bar.statusOfSide", { side: t(`commitments:party.${party}`) }) : t("bar.status")}
          options={statusIds.map((value) => ({ value, label: t(`commitments:status.${value}`) }))}
          selected={filters.status}
          onChange={(status) => filtersChanged({ status })}
        />
        <CheckboxGroup
          legend={t("bar.side")}
          options={partyIds.map((value) => ({ value, label: t(`commitments:party.${value}`) }))}
          selected={filters.party}
          onChange={(party) => filtersChanged({ party })}
        />
        <CheckboxGroup
          legend={t("bar.initiative")}
          options={initiatives.map((initiative) => ({
            value: initiative.id,
            label: localize(initiative.title),
          }))}
          selected={filters.initiative}
          onChange={(initiative) => filtersChanged({ initiative })}
        />
        <CheckboxGroup
          legend={t("bar.theme")}
          options={themes.map((theme) => ({ value: theme.id, label: localize(theme.title) }))}
          selected={filters.theme}
          onChange={(theme) => filtersChanged({ theme })}
        />
        <label className="checkbox filter-bar__diverging">
          <input
            type="checkbox"
            checked={filters.diverging}
            onChange={(event) => filtersChanged({ diverging: event.target.checked })}
          />
          {t("bar.sidesDiffer")}
        </label>
        <StaleFilter checked={filters.stale} days={staleAfterDays} />
        <AsOfPicker asOf={filters.asOf} />
        {anyActive && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              filtersCleared();
              searchRef.current?.focus(); // the button is about to disappear: keep focus in the filters
            }}
          >
            {t("bar.clear")}
          </button>
        )}
      </div>
    );
  },
  (before, after) =>
    before.initiatives === after.initiatives &&
    before.themes === after.themes &&
    before.staleAfterDays === after.staleAfterDays &&
    before.anyActive === after.anyActive &&
    before.searchRef === after.searchRef &&
    sameApartFromSearch(before.filters, after.filters),
);
