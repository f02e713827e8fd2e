import { z } from "zod";

// The data worker's zod: the data file's schemas (dataset-schema.ts) and what only the worker runs take
// classic zod from here, so that this setting is made before any schema is used. The page's code takes
// zod/mini from lib/zod-mini.ts instead (decision 010's fourth addendum; a unit test checks it).
// zod compiles fast parsers with `new Function`, and probes for it on first use. The tracker runs under a
// Content-Security-Policy without 'unsafe-eval' (config/security-headers.ts), where even the probe is
// reported as a violation: parse without compiling.
// Listed in package.json "sideEffects": without it, the build would drop this call as unused.
z.config({ jitless: true });

export { z };
