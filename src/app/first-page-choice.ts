import { viewOfAddress } from "@/config/paths";
import { FIRST_PAGE_ID, firstPageKey, firstPageKindOf } from "./first-page";
import { firstScriptLanguage } from "./routes/first-script-language";

// index.html's one inline script (scripts/first-page-plugin.ts bundles and inlines it; the build's
// Content-Security-Policy allows it by its hash). It runs in <head>, before anything paints (decision 020).

// It picks which of index.html's first pages shows: the language the layout will choose and, at `/`, the
// overview's heading and introduction. Without it (a policy without the hash), the bilingual one shows.
const lang = firstScriptLanguage(location.search);
const view = viewOfAddress(location.pathname, import.meta.env.BASE_URL);
document.documentElement.lang = lang;
document.documentElement.dataset.firstPage = firstPageKey(lang, firstPageKindOf(view));

// The first pages are the same for every query, so their links carry none; the app's keep the filters and
// the language, which are part of the view. A link of the first page takes the address's query as it is
// followed, opened elsewhere or copied (before the browser reads its address).
for (const type of ["click", "auxclick", "contextmenu"]) {
  addEventListener(
    type,
    (event) => {
      const link = event.target instanceof Element ? event.target.closest(`#${FIRST_PAGE_ID} a`) : null;
      if (link instanceof HTMLAnchorElement) link.search = location.search;
    },
    { capture: true },
  );
}
