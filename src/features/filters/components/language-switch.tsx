import { useTranslation } from "react-i18next";
import { useLang } from "@/lib/i18n";
import { otherLanguage } from "@/lib/languages";
import { useFilterActions } from "../filters-store";

/**
 * Offers the other language, named in that language. The language is part of the view: it goes in the
 * address, so the links the page makes and the link one copies keep it.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { filtersChanged } = useFilterActions();
  const other = otherLanguage(useLang());
  return (
    <button type="button" className="button" lang={other} onClick={() => filtersChanged({ lang: other })}>
      {t("language.switchTo")}
    </button>
  );
}
