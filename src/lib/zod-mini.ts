import { en } from "zod/locales";
import * as z from "zod/mini";

// The page's zod: the functional `zod/mini`, which bundles only what a schema uses (11.2 KB gzip here against
// 25.5 KB for the same schemas with classic zod's methods), for the schemas the page itself needs: the
// vocabulary, stored and imported updates, preferences. The data file's schemas build on these in the data
// worker, with classic zod (lib/zod.ts); both are the same zod underneath, so the two mix.
// As in lib/zod.ts: parse without compiling, which the Content-Security-Policy forbids. And English
// messages, which classic zod loads by itself and `zod/mini` does not: an imported file's rejected entries
// are listed with them.
// Listed in package.json "sideEffects": without it, the build would drop this call as unused.
z.config({ jitless: true, ...en() });

export { z };
