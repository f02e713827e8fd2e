import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// `npx tsx scripts/bench/compare.ts BASE_DIST [DIST]`: measures two builds of the tracker alternately, the
// benchmark (run-bench.ts) run on each in turn, and prints each measure's median and every run for both.
// One run of a measure moves by ±30 % on a 2-core machine; builds measured one after the other also meet
// different moments of the machine. Alternating spreads that over both (decision 018). Build the base first,
// e.g. `git stash && npx vite build --outDir /tmp/dist-base && git stash pop && npx vite build`.
// COMPARE_ROUNDS (3) rounds of BENCH_RUNS (3) runs per build; BENCH_SIZES (10000) as in run-bench.ts.

const [baseDist, dist = "dist"] = process.argv.slice(2);
if (!baseDist) {
  console.error("Usage: npx tsx scripts/bench/compare.ts BASE_DIST [DIST]");
  process.exit(1);
}
const rounds = Number(process.env.COMPARE_ROUNDS ?? 3);
const runBench = fileURLToPath(new URL("./run-bench.ts", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "bench-compare-"));
type Report = { results: Record<string, Record<string, { runs: number[] }>> };

const runs: Record<string, Record<string, number[]>> = { [baseDist]: {}, [dist]: {} };
for (let round = 1; round <= rounds; round += 1) {
  for (const build of [baseDist, dist]) {
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
    for (const [size, measures] of Object.entries(report.results)) {
      for (const [name, { runs: values }] of Object.entries(measures)) {
        const key = `${name} (${Number(size).toLocaleString("en")})`;
        const ofBuild = runs[build] ?? {};
        ofBuild[key] = [...(ofBuild[key] ?? []), ...values];
        runs[build] = ofBuild;
      }
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
for (const name of Object.keys(runs[baseDist] ?? {})) {
  const before = runs[baseDist]?.[name] ?? [];
  const after = runs[dist]?.[name] ?? [];
  const spread = (values: number[]) =>
    [...values]
      .sort((a, b) => a - b)
      .map(Math.round)
      .join(", ");
  console.info(
    `${name}: ${Math.round(median(before))} → ${Math.round(median(after))} ms (n = ${before.length} and ${after.length})\n` +
      `  ${baseDist}: ${spread(before)}\n  ${dist}: ${spread(after)}`,
  );
}
