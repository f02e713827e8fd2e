import type { ComponentProps } from "react";
import { Link } from "react-router";
import { useFilterSearch } from "../filters-store";

type LinkWithFiltersProps = Omit<ComponentProps<typeof Link>, "to"> & { to: string };

/** A link to another view that keeps the current filters, so every view shows the same selection. */
export function LinkWithFilters({ to, ...props }: LinkWithFiltersProps) {
  const search = useFilterSearch();
  return <Link to={{ pathname: to, search }} {...props} />;
}
