import type { Initiative, Theme } from "@/features/commitments/dataset-schema";
import { partyIds, statusIds } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import { partyLabels, statusLabels } from "@/features/commitments/status";
import { countActiveFilters } from "../filter-params";
import { useFilterActions, useFilters } from "../filters-store";
import { CheckboxGroup } from "./checkbox-group";

type FilterBarProps = {
  initiatives: Initiative[];
  themes: Theme[];
  /** How many commitments the filters let through, of how many. */
  matching: number;
  total: number;
};

export function FilterBar({ initiatives, themes, matching, total }: FilterBarProps) {
  const filters = useFilters();
  const { filtersChanged, filtersCleared } = useFilterActions();
  return (
    <search className="filter-bar" aria-label="Filter commitments">
      <div className="filter-bar__search">
        <label htmlFor="filter-search">Search commitments</label>
        <input
          id="filter-search"
          type="search"
          value={filters.q}
          placeholder="Words from a title, description or quote"
          // Typing replaces the history entry: Back should not replay every keystroke.
          onChange={(event) => filtersChanged({ q: event.target.value }, { replace: true })}
        />
      </div>
      <div className="filter-bar__groups">
        <CheckboxGroup
          legend="Status"
          options={statusIds.map((value) => ({ value, label: statusLabels[value].en }))}
          selected={filters.status}
          onChange={(status) => filtersChanged({ status })}
        />
        <CheckboxGroup
          legend="Side"
          options={partyIds.map((value) => ({ value, label: partyLabels[value].en }))}
          selected={filters.party}
          onChange={(party) => filtersChanged({ party })}
        />
        <CheckboxGroup
          legend="Initiative"
          options={initiatives.map((initiative) => ({
            value: initiative.id,
            label: localize(initiative.title),
          }))}
          selected={filters.initiative}
          onChange={(initiative) => filtersChanged({ initiative })}
        />
        <CheckboxGroup
          legend="Theme"
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
          Sides differ
        </label>
        {countActiveFilters(filters) > 0 && (
          <button type="button" className="button button--quiet" onClick={filtersCleared}>
            Clear filters
          </button>
        )}
      </div>
      <p className="filter-bar__count" role="status">
        {matching === total
          ? `All ${total} commitments shown.`
          : `${matching} of ${total} commitments match the filters.`}
      </p>
    </search>
  );
}
