import { z } from "zod";

// zod compiles fast parsers with `new Function`, and probes for it on first use. The tracker runs under a
// Content-Security-Policy without 'unsafe-eval' (config/security-headers.ts), where even the probe is
// reported as a violation: parse without compiling. Imported first by main.tsx, before any schema is used.
z.config({ jitless: true });
