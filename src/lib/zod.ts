import { en } from "zod/locales";
import * as z from "zod/mini";

// The tracker's zod, on the page and in the data worker: the functional `zod/mini`, which bundles only what
// the schemas use (the page's zod chunk 11.2 KB gzip, the worker's parser 13.8 KB, against 25.5 and 28.6 KB
// with classic zod's methods; decision 010's fourth and fifth addenda). Every module takes zod from here, so
// that these settings are made before any schema is used:
// - parse without compiling: zod compiles fast parsers with `new Function`, and probes for it on first use;
//   the Content-Security-Policy (config/security-headers.ts) forbids it, and even the probe is reported as a
//   violation;
// - English messages, which classic zod loads by itself and `zod/mini` does not: a data file's problems and
//   an imported file's rejected entries are listed with them.
// Listed in package.json "sideEffects": without it, the build would drop this call as unused.
z.config({ jitless: true, ...en() });

export { z };
