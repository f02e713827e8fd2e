import { useTranslation } from "react-i18next";
import { useLang } from "@/lib/i18n";
import { richText } from "@/lib/rich-text";
import type { DataProblem, DatasetErrorText } from "../dataset-errors";
import { useLabels } from "../use-labels";

/**
 * A text about the data file, said by the worker or the parser as a key and values (decision 014), worded
 * here in the page's language. `<detail>` marks words the tracker does not write itself (zod's details, the
 * browser's JSON error): they are English, and say so with `lang="en"` on a French page (WCAG 3.1.2).
 */
export function DatasetErrorMessage({ text }: { text: DatasetErrorText }) {
  const { t } = useTranslation("commitments");
  const lang = useLang();
  return richText((values) => String(t(`error.${text.key}`, values as never)), text.values ?? {}, {
    detail: (children) => (lang === "en" ? children : <span lang="en">{children}</span>),
  });
}

/** What is wrong in one part of the file: the tracker's own words translated, zod's kept in English. */
export function DataProblemMessage({ problem }: { problem: DataProblem }) {
  const { t } = useTranslation("commitments");
  const lang = useLang();
  const labels = useLabels();
  const { text } = problem;
  if (!text) return lang === "en" ? problem.message : <span lang="en">{problem.message}</span>;
  const values = { ...text.values };
  // A side and the status it shows as are ids in the text: named here in the page's language.
  if (values.side === "us" || values.side === "fr") values.side = labels.party(values.side);
  if (values.shownAs === "not_started") values.shownAs = labels.status(values.shownAs);
  return richText((marked) => String(t(`problem.${text.key}`, marked as never)), values);
}
