import { useLocation } from "react-router";
import { firstScriptLanguage, firstScriptTexts } from "./first-script-language";

/**
 * The page while the layout's code loads (the router's HydrateFallback): the site's header and the same
 * loading message the layout shows while the data loads, so nothing jumps when the layout takes over. It is
 * in the first script, without i18next: its words follow the language the layout will choose
 * (first-script-language.ts), each marked with that language until the layout sets <html lang>.
 */
export function AppLoading() {
  const lang = firstScriptLanguage(useLocation().search);
  const { common } = firstScriptTexts[lang];
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-title" lang={lang}>
            {common.siteTitle}
          </p>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <p className="loading" role="status" lang={lang}>
          {common.loading}
        </p>
      </main>
    </>
  );
}
