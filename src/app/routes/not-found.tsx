import { useTranslation } from "react-i18next";
import { paths } from "@/config/paths";
import { LinkWithFilters } from "@/features/filters/components/link-with-filters";
import { richText } from "@/lib/rich-text";

type NotFoundProps = {
  what: "page" | "initiative" | "commitment";
  id?: string;
  /** A near match (the same id in other letter case), offered as "Did you mean". */
  suggestion?: { href: string; label: string };
};

export function NotFound({ what, id, suggestion }: NotFoundProps) {
  const { t } = useTranslation("app");
  return (
    <>
      <title>{t("documentTitle", { page: t("notFound.documentTitle") })}</title>
      <h1>{String(t(`notFound.${what}`, { id } as never))}</h1>
      <p>{t(`notFound.${what}Text`)}</p>
      {/* Links keep the filters and the language, like every link of the tracker. */}
      {suggestion && (
        <p>
          {richText(
            (values) => String(t("notFound.didYouMean", values as never)),
            { label: suggestion.label },
            {
              link: (children) => <LinkWithFilters to={suggestion.href}>{children}</LinkWithFilters>,
            },
          )}
        </p>
      )}
      <p>
        {richText(
          (values) => String(t("notFound.goOverview", values as never)),
          {},
          {
            overview: (children) => <LinkWithFilters to={paths.overview.href()}>{children}</LinkWithFilters>,
            all: (children) => <LinkWithFilters to={paths.commitments.href()}>{children}</LinkWithFilters>,
          },
        )}
      </p>
    </>
  );
}
