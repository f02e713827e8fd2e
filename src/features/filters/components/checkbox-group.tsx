import { useTranslation } from "react-i18next";

type Option<T extends string> = { value: T; label: string };

type CheckboxGroupProps<T extends string> = {
  legend: string;
  options: Option<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
};

const MAX_NAMED_IN_SUMMARY = 2;

/** A disclosure with one checkbox per option; its summary says what is chosen, even while it is closed. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: CheckboxGroupProps<T>) {
  const { t } = useTranslation("filters");
  const toggle = (value: T, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <details className="filter-group">
      <summary>
        {/* One text run, so that the summary's flex gap does not split "Side: France". */}
        <span>
          {legend}
          {selected.length > 0 && (
            <span className="filter-group__count">
              {": "}
              {selected.length <= MAX_NAMED_IN_SUMMARY
                ? options
                    .filter((option) => selected.includes(option.value))
                    .map((option) => option.label)
                    .join(", ")
                : t("bar.selected", { count: selected.length })}
            </span>
          )}
        </span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
