import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { median, msText, readKey } from "./samples";

// `npm run bench:compare -- BASE_DIST [DIST]`: measures two builds of the tracker alternately, the benchmark
// (run-bench.ts) run on each in turn, and prints each measure's median and every run for both. One run of
// a measure moves by ±30 % on a 2-core machine, and builds measured one after the other meet different
// moments of it: alternating (A B, then B A, …) spreads that over both (decision 018). Build the base in a
// checkout of its own (README, "Performance"). COMPARE_ROUNDS (3) rounds of BENCH_RUNS (3) runs per build;
// BENCH_SIZES (10000) as in run-bench.ts.

const [baseDist, dist = "dist"] = process.argv.slice(2);
const rounds = Number(process.env.COMPARE_ROUNDS ?? 3);
/** What is wrong with the arguments, or null. */
function inputProblem(): string | null {
  if (!baseDist) return "Usage: npm run bench:compare -- BASE_DIST [DIST]";
  if (resolve(baseDist) === resolve(dist))
    return `Both builds are ${dist}: give the base's folder first, then the build to compare with it.`;
  const unbuilt = [baseDist, dist].find((build) => !existsSync(join(build, "index.html")));
  if (unbuilt)
    return `No build in ${unbuilt} (no index.html): build it first, npx vite build --outDir ${unbuilt}.`;
  if (!Number.isInteger(rounds) || rounds < 1)
    return `COMPARE_ROUNDS must be a whole number of at least 1 (it is "${process.env.COMPARE_ROUNDS}").`;
  return null;
}
const problem = inputProblem();
if (problem || !baseDist) {
  console.error(problem);
  process.exit(1);
}

const runBench = fileURLToPath(new URL("./run-bench.ts", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "bench-compare-"));
console.info(`Reports of each run go to ${out}`);
type Report = { results: Record<string, Record<string, { runs: number[] }>> };

/** Per build, per measure ("keystroke → list updated (10,000)"): the times, and how many runs failed. */
const runs = new Map<string, Map<string, { times: number[]; failed: number }>>([
  [baseDist, new Map()],
  [dist, new Map()],
]);
/** Each measure of the printout ("keystroke → list updated (10,000)"), with the measure it is of. */
const measureOf = new Map<string, string>();
for (let round = 1; round <= rounds; round += 1) {
  const order = round % 2 === 1 ? [baseDist, dist] : [dist, baseDist];
  for (const build of order) {
    console.info(`round ${round} of ${rounds}: ${build}`);
    const file = join(out, `${round}-${build.replaceAll("/", "_")}.json`);
    execFileSync("npx", ["tsx", runBench], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        BENCH_DIST: build,
        BENCH_OUT: file,
        BENCH_SIZES: process.env.BENCH_SIZES ?? "10000",
        BENCH_RUNS: process.env.BENCH_RUNS ?? "3",
        BENCH_SKIP_LIGHTHOUSE: "1",
      },
    });
    const report = JSON.parse(readFileSync(file, "utf8")) as Report;
    const ofBuild = runs.get(build) ?? new Map();
    for (const [size, measures] of Object.entries(report.results)) {
      for (const [name, { runs: values }] of Object.entries(measures)) {
        const { measure, failed } = readKey(name);
        const key = `${measure} (${Number(size).toLocaleString("en")})`;
        measureOf.set(key, measure);
        const entry = ofBuild.get(key) ?? { times: [], failed: 0 };
        if (failed) entry.failed += values.length;
        else entry.times.push(...values);
        ofBuild.set(key, entry);
      }
    }
  }
}

for (const [name, measure] of measureOf) {
  const ms = (value: number | null) => (value === null ? "–" : msText(measure, value));
  const lines = [baseDist, dist].map((build) => {
    const { times, failed } = runs.get(build)?.get(name) ?? { times: [], failed: 0 };
    const sorted = [...times].sort((a, b) => a - b).map(Math.round);
    return {
      median: median(times),
      n: times.length,
      line: `  ${build}: ${sorted.join(", ")}${failed ? ` (${failed} failed)` : ""}`,
    };
  });
  const [before, after] = lines as [(typeof lines)[0], (typeof lines)[0]];
  console.info(`${name}: ${ms(before.median)} → ${ms(after.median)} (n = ${before.n} and ${after.n})`);
  for (const { line } of lines) console.info(line);
}
