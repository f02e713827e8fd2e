import { viewOfPath } from "@/config/paths";
import { firstScriptLanguage } from "./routes/first-script-language";

// index.html's one inline script (vite.config.ts inlines it, and allows it in the Content-Security-Policy by
// its hash). It runs in <head>, before anything paints, and picks which of index.html's first pages shows:
// the language the layout will choose and, at `/`, the overview's heading and introduction (decision 020).
// Without it (a policy without the hash), index.html's bilingual first page shows instead.
const lang = firstScriptLanguage(location.search);
const below = location.pathname.slice(import.meta.env.BASE_URL.length - 1);
document.documentElement.lang = lang;
document.documentElement.dataset.firstPage = `${lang} ${viewOfPath(below) === "overview" ? "overview" : "other"}`;
