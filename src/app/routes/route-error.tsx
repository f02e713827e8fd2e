import { useLayoutEffect } from "react";
import { isRouteErrorResponse, useLocation, useRouteError } from "react-router";
import { fillIn } from "@/lib/message";
import { richText } from "@/lib/rich-text";
import { removeFirstPage } from "../first-page";
import { firstScriptLanguage, firstScriptTexts } from "./first-script-language";

type RouteErrorProps = {
  /** The root's boundary replaces the whole page, so it brings its own <main>; a view's sits inside one. */
  standalone?: boolean;
};

/**
 * Shown instead of a blank page when a view fails: what failed, and the way back. In the first script (the
 * root's boundary may show before the layout, and i18next, have loaded): its words follow the language the
 * layout chooses, as index.html's first page does.
 */
export function RouteError({ standalone = false }: RouteErrorProps) {
  const error = useRouteError();
  useLayoutEffect(removeFirstPage, []); // when the layout failed, this is the page: index.html's goes
  const lang = firstScriptLanguage(useLocation().search);
  const { app } = firstScriptTexts[lang];
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  const content = (
    <>
      <title>{fillIn(app.documentTitle, { page: app.error.documentTitle })}</title>
      <h1 lang={lang}>{app.error.title}</h1>
      <div className="message message--error" role="alert" lang={lang}>
        <p className="message__title">{app.error.view}</p>
        {/* What the code said: English, for whoever supports the tracker. */}
        <p lang="en">{detail}</p>
      </div>
      <p lang={lang}>
        {richText(
          (values) => fillIn(app.error.safe, values),
          {},
          {
            // A full page load: whatever failed starts afresh. The language is remembered, so it stays.
            overview: (children) => <a href={import.meta.env.BASE_URL}>{children}</a>,
          },
        )}
      </p>
    </>
  );
  return standalone ? (
    <main className="site-main" id="main">
      {content}
    </main>
  ) : (
    content
  );
}
