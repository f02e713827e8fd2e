import { z } from "zod";

// Every module of the app takes zod from here, so that this setting is made before any schema is used,
// whichever chunk (the layout, the data worker) loads zod first.
// zod compiles fast parsers with `new Function`, and probes for it on first use. The tracker runs under a
// Content-Security-Policy without 'unsafe-eval' (config/security-headers.ts), where even the probe is
// reported as a violation: parse without compiling.
// Listed in package.json "sideEffects": without it, the build would drop this call as unused.
z.config({ jitless: true });

export { z };
