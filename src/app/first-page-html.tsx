import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router";
import { type Lang, languages, otherLanguage } from "@/lib/languages";
import { common as en } from "@/locales/en/common";
import { common as fr } from "@/locales/fr/common";
import { firstPageKey, firstPageKinds } from "./first-page";
import { OverviewIntro } from "./routes/overview-intro";
import { SiteHeader } from "./routes/site-header";

/**
 * index.html's first pages, rendered at build time: one per language and kind of address, each hidden until
 * index.html's inline script (first-page-choice.ts) picks it. `basePath` is the build's base, ending in "/".
 */
export function firstPagesHtml(basePath: string): string {
  const basename = basePath.replace(/\/$/, "") || "/";
  return languages
    .flatMap((lang) =>
      firstPageKinds.map((kind) => {
        // No address of the tracker's views: no link of the navigation is the current page.
        const location = kind === "overview" ? basePath : `${basePath}loading`;
        const page = renderToStaticMarkup(
          <StaticRouter basename={basename} location={location}>
            <LoadingPage lang={lang} overview={kind === "overview"} />
          </StaticRouter>,
        );
        return `<div class="first-page" data-first-page="${firstPageKey(lang, kind)}">${page}</div>`;
      }),
    )
    .join("\n");
}

type LoadingPageProps = {
  lang: Lang;
  /** At `/`: the overview's heading and introduction, which need no data, show above the loading message. */
  overview: boolean;
};

/**
 * The page before the data: the layout's header and, in <main>, what the layout shows while the data loads
 * (at `/`, the overview's heading and introduction above the loading message), so that nothing moves when
 * the layout takes its place. Its words come from the locale files (no i18next at build time). Its links
 * carry no query (one page serves every query: the inline script adds the address's as one is followed);
 * its buttons are disabled until the layout's working ones replace them: a click meanwhile would be lost.
 */
function LoadingPage({ lang, overview }: LoadingPageProps) {
  const common = { en, fr }[lang];
  return (
    <div lang={lang}>
      <SiteHeader
        texts={common}
        search=""
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
