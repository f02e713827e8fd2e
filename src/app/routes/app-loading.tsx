import { useLocation } from "react-router";
import { viewOfPath } from "@/config/paths";
import { type Lang, otherLanguage } from "@/lib/languages";
import { firstScriptLanguage, firstScriptTexts } from "./first-script-language";
import { OverviewIntro } from "./overview-intro";
import { SiteHeader } from "./site-header";

/**
 * The page while the layout's code loads (the router's HydrateFallback), in the language the layout will
 * choose (first-script-language.ts).
 */
export function AppLoading() {
  const { pathname, search } = useLocation();
  return (
    <LoadingPage
      lang={firstScriptLanguage(search)}
      overview={viewOfPath(pathname) === "overview"}
      search={search}
    />
  );
}

type LoadingPageProps = {
  lang: Lang;
  /** At `/`: the overview's heading and introduction, which need no data, show above the loading message. */
  overview: boolean;
  search: string;
};

/**
 * The page before the data: the layout's header and, in <main>, what the layout shows while the data loads.
 * index.html holds it too, rendered at build time for each language (first-paint-html.tsx), so that the
 * first paint is already this page. Without i18next, which is the layout's: its words come from the locale
 * files, each marked with its language until the layout sets <html lang>. The buttons are disabled
 * until the layout replaces them with working ones, in the same place: a click meanwhile would be lost.
 */
export function LoadingPage({ lang, overview, search }: LoadingPageProps) {
  const { common } = firstScriptTexts[lang];
  return (
    <div lang={lang}>
      <SiteHeader
        texts={common}
        search={search}
        actions={
          <>
            <div className="copy-link">
              <button type="button" className="button" disabled>
                {common.copyLink}
              </button>
              <span className="copy-link__status" />
            </div>
            <button type="button" className="button" lang={otherLanguage(lang)} disabled>
              {common.language.switchTo}
            </button>
          </>
        }
      />
      {/* No id: index.html holds this page four times (the layout's <main> is the skip link's target). */}
      <main className="site-main">
        {overview && <OverviewIntro title={common.overview.title} lede={common.overview.lede} />}
        <p className="loading" role="status">
          {common.loading}
        </p>
      </main>
    </div>
  );
}
