import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouter } from "react-router";
import { languages } from "@/lib/languages";
import { LoadingPage } from "./routes/app-loading";

/** The kinds of address index.html has a first page for: the overview, and any other (decision 020). */
export const firstPageKinds = ["overview", "other"] as const;

/**
 * index.html's first pages, rendered at build time from the component the first script shows
 * (LoadingPage): one per language and kind of address, each hidden until index.html's inline script
 * (first-page-choice.ts) picks it. `basePath` is the build's base, ending in "/".
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
            <LoadingPage lang={lang} overview={kind === "overview"} search="" />
          </StaticRouter>,
        );
        return `<div class="first-page" data-first-page="${lang} ${kind}">${page}</div>`;
      }),
    )
    .join("\n");
}
