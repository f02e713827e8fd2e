import { paths } from "@/config/paths";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";

type NotFoundProps = {
  what: "page" | "initiative" | "commitment";
  id?: string;
  /** A near match (the same id in other letter case), offered as "Did you mean". */
  suggestion?: { href: string; label: string };
};

export function NotFound({ what, id, suggestion }: NotFoundProps) {
  const heading = what === "page" ? "Page not found" : `No ${what} “${id}”`;
  return (
    <>
      <title>Not found — US–France commitments tracker</title>
      <h1>{heading}</h1>
      <p>
        {what === "page"
          ? "This address does not match any page of the tracker."
          : `The data file has no ${what} with this id. The link may be mistyped, or the ${what} may have been renamed.`}
      </p>
      {suggestion && (
        <p>
          Did you mean <LinkWithFilters to={suggestion.href}>{suggestion.label}</LinkWithFilters>?
        </p>
      )}
      <p>
        <LinkWithFilters to={paths.overview.href()}>Go to the overview</LinkWithFilters> or{" "}
        <LinkWithFilters to={paths.commitments.href()}>see all commitments</LinkWithFilters>.
      </p>
    </>
  );
}
