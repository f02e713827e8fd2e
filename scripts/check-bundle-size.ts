import { BARE_REACT_GZIP, INITIAL_JS_BUDGET_GZIP } from "./bundle-budget";
import { measureInitialJs } from "./initial-js";

// `npm run size`: fails when the initial JavaScript of `/` in dist/ is over its budget (scripts/bundle-budget.ts).
const outDir = process.argv[2] ?? "dist";
const initial = measureInitialJs(outDir);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const file of initial.files) console.info(`  ${file.path}  ${kb(file.bytes)}, gzip ${kb(file.gzip)}`);
const ratio = (initial.gzip / BARE_REACT_GZIP).toFixed(2);
const summary = `initial JS of / (gzip): ${kb(initial.gzip)}, ${ratio} × the bare React page; budget ${kb(INITIAL_JS_BUDGET_GZIP)}`;
if (initial.gzip > INITIAL_JS_BUDGET_GZIP) {
  console.error(`Over budget: ${summary}`);
  process.exit(1);
}
console.info(`Within budget: ${summary}`);
