import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { cpus, totalmem } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import type { Dataset } from "@/features/commitments/dataset-schema";
import { parseDataset } from "@/features/commitments/parse-dataset";
import { UPDATES_STORAGE_VERSION } from "@/features/status/persisted-updates";
import { measureInitialJs } from "../initial-js";
import { measureBareReact } from "./build-bare-react";
import { expectedList } from "./expected";
import { bundledEnvelope, generateDataset } from "./generate-dataset";
import { runLighthouse } from "./lighthouse";
import { failedKey, LONGEST_TASK, median, msText } from "./samples";
import { serveStatic } from "./static-server";

// `npm run bench` (after `vite build`): see README, "Performance". BENCH_SIZES=1000,10000 and BENCH_RUNS
// (below) shorten a run; BENCH_SKIP_LIGHTHOUSE=1 leaves Lighthouse out; BENCH_PORT=4500 moves the servers.

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
// BENCH_RUNS=3 sets every size's runs; BENCH_RUNS=1000:5,100000:1 sets some sizes' only.
const runsOverride = new Map(
  (process.env.BENCH_RUNS ?? "")
    .split(",")
    .filter(Boolean)
    .map((part) => {
      const [size, runs] = part.includes(":") ? part.split(":") : ["*", part];
      return [size, Number(runs)] as const;
    }),
);
const runsFor = (size: number) =>
  runsOverride.get(String(size)) ?? runsOverride.get("*") ?? (size >= 100_000 ? 3 : 5);
const DATA_DIR = ".bench-data";
const OUT = process.env.BENCH_OUT ?? "docs/bench/latest.json";
const DIST = process.env.BENCH_DIST ?? "dist";
// The static servers take ports from here up (one per size, and +10 for Lighthouse); BENCH_PORT moves them.
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4300);
const TIMEOUT_MS = 60_000;
const BOARD = "space-cooperation";
const SEARCH_BEFORE = "co"; // typed first; the measured keystroke then adds one letter
const SEARCH_KEY = "a";
const FILTERED_STATUS = { id: "at_risk", label: "At risk" } as const;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const probeScript = fileURLToPath(new URL("./page-probe.js", import.meta.url));

type Samples = Record<string, number[]>;
type Page$ = Page & { __bench?: never };

function log(message: string) {
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function prepareData(size: number): { file: string; dataset: Dataset; validationMs: number } {
  mkdirSync(DATA_DIR, { recursive: true });
  const dataset = generateDataset(bundledEnvelope(), size);
  const text = JSON.stringify(dataset);
  const file = `${DATA_DIR}/commitments-${size}.json`;
  writeFileSync(file, text);
  // The file must be what the app accepts whole: checked with the app's own parser.
  const started = performance.now();
  const parsed = parseDataset(JSON.parse(text));
  const validationMs = performance.now() - started;
  if (parsed.problems.length > 0 || parsed.dataset.commitments.length !== size) {
    throw new Error(
      `Generated ${size}: ${parsed.problems.length} problems, e.g. ${JSON.stringify(parsed.problems[0])}`,
    );
  }
  log(`${size}: ${(text.length / 1e6).toFixed(1)} MB, parseDataset in node ${validationMs.toFixed(0)} ms`);
  return { file, dataset, validationMs };
}

async function waitForProbe(page: Page$, name: string): Promise<{ at: number; longestTask: number }> {
  await page.waitForFunction(
    (key) =>
      (window as never as { __benchProbe: { seen: Record<string, number> } }).__benchProbe.seen[key] !==
      undefined,
    name,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
  return page.evaluate((key) => {
    const probe = (window as never as { __benchProbe: { seen: Record<string, number>; longestTask: number } })
      .__benchProbe;
    return { at: probe.seen[key] as number, longestTask: probe.longestTask };
  }, name);
}

type Expected =
  | { kind: "list"; countText: string; firstRow: string }
  | { kind: "card-in-column"; column: string; href: string };

async function arm(page: Page$, event: string, expected: Expected) {
  await page.evaluate((args) => (window as never as { __benchArm: (a: unknown) => void }).__benchArm(args), {
    event,
    expected,
    timeoutMs: TIMEOUT_MS,
  });
}
const actionTime = (page: Page$) =>
  page.evaluate(() => (window as never as { __benchAction: Promise<number> }).__benchAction);

async function oneRun(browser: Browser, origin: string, dataset: Dataset, samples: Samples) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ path: probeScript });
  const record = (name: string, value: number) => {
    samples[name] ??= [];
    samples[name].push(value);
  };
  // A page whose main thread is stuck does not answer Playwright either: each step has a hard deadline.
  const attempt = async (name: string, body: (page: Page$) => Promise<void>) => {
    const page = await context.newPage();
    try {
      await withDeadline(body(page), TIMEOUT_MS + 10_000);
    } catch (error) {
      log(`  ${name}: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
      samples[failedKey(name)] = [...(samples[failedKey(name)] ?? []), 1];
    } finally {
      await withDeadline(page.close(), 10_000).catch(() => log("  a page did not close"));
    }
  };

  await attempt("navigation → list visible", async (page) => {
    await page.goto(`${origin}/commitments`, { waitUntil: "commit" });
    const seen = await waitForProbe(page, "list");
    record("navigation → list visible", seen.at);
    record(LONGEST_TASK, seen.longestTask);
    // Filter change: one Status checkbox, from the full list.
    const expected = expectedList(dataset, { status: [FILTERED_STATUS.id] });
    await page
      .locator("summary")
      .filter({ hasText: /^Status/ })
      .click();
    const checkbox = page.getByRole("group", { name: "Status" }).getByLabel(FILTERED_STATUS.label);
    await arm(page, "click", { kind: "list", countText: expected.countText, firstRow: expected.firstRow });
    await checkbox.click({ timeout: TIMEOUT_MS });
    record("filter change → list updated", await actionTime(page));
  });

  await attempt("keystroke → list updated", async (page) => {
    await page.goto(`${origin}/commitments?q=${SEARCH_BEFORE}`, { waitUntil: "commit" });
    await waitForProbe(page, "list");
    const before = expectedList(dataset, { q: SEARCH_BEFORE });
    await page.locator(".filter-bar__count", { hasText: before.countText }).waitFor({ timeout: TIMEOUT_MS });
    const search = page.getByLabel("Search commitments");
    await search.focus();
    await search.press("End");
    const expected = expectedList(dataset, { q: SEARCH_BEFORE + SEARCH_KEY });
    await arm(page, "keydown", { kind: "list", countText: expected.countText, firstRow: expected.firstRow });
    await page.keyboard.press(SEARCH_KEY);
    record("keystroke → list updated", await actionTime(page));
  });

  await attempt("navigation → overview visible", async (page) => {
    await page.goto(`${origin}/`, { waitUntil: "commit" });
    record("navigation → overview visible", (await waitForProbe(page, "overview")).at);
  });

  await attempt("status change → board updated", async (page) => {
    // A person the tracker already knows (issue 6 asks who they are on the first update): the measured
    // change is a move, not the one-time prompt.
    await page.addInitScript(
      ([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value),
      [
        "us-fr-tracker:updates",
        JSON.stringify({
          state: { events: [], authorName: "Bench Person", authorSide: "fr" },
          version: UPDATES_STORAGE_VERSION,
        }),
      ] as const,
    );
    await page.goto(`${origin}/initiatives/${BOARD}`, { waitUntil: "commit" });
    await waitForProbe(page, "board");
    const card = page.locator('section[aria-labelledby="column-not_started"] .board-card').first();
    const href = ((await card.locator("h3 a").getAttribute("href")) ?? "").split("?")[0] as string;
    await card.getByRole("button", { name: /^Move to…/ }).click({ timeout: TIMEOUT_MS });
    await card.getByRole("group").getByRole("button", { name: "Done" }).click({ timeout: TIMEOUT_MS });
    // Done needs a reason: the time runs from the click that confirms the move.
    const dialog = page.getByRole("dialog", { name: /^Move “/ });
    await dialog
      .getByLabel("Reason")
      .fill("Benchmark: signed at the weekly meeting.", { timeout: TIMEOUT_MS });
    await arm(page, "click", { kind: "card-in-column", column: "done", href });
    await dialog.getByRole("button", { name: "Move" }).click({ timeout: TIMEOUT_MS });
    record("status change → board updated", await actionTime(page));
  });
  await withDeadline(context.close(), 10_000).catch(() => log("  a context did not close"));
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

type LoadDetails = { heapBytes: number; scriptBytes: number; workerScriptBytes: number };

/**
 * One more load of the list: the JS heap once it shows (after a garbage collection), and the JavaScript it
 * took to get there as sent over the wire (gzip), the page's and the data worker's.
 */
async function loadDetails(browser: Browser, origin: string): Promise<LoadDetails | null> {
  const context = await browser.newContext();
  await context.addInitScript({ path: probeScript });
  try {
    return await withDeadline(
      (async () => {
        const page = await context.newPage();
        const scripts: Promise<{ url: string; bytes: number }>[] = [];
        page.on("requestfinished", (request) => {
          if (new URL(request.url()).pathname.endsWith(".js")) {
            scripts.push(
              request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })),
            );
          }
        });
        await page.goto(`${origin}/commitments`, { waitUntil: "commit" });
        await waitForProbe(page, "list");
        const loaded = await Promise.all(scripts);
        const ofWorker = workerFiles();
        const isWorker = (url: string) => ofWorker.has(new URL(url).pathname.split("/").pop() ?? "");
        const cdp = await context.newCDPSession(page);
        await cdp.send("HeapProfiler.collectGarbage");
        const { usedSize } = await cdp.send("Runtime.getHeapUsage");
        return {
          heapBytes: usedSize,
          scriptBytes: loaded.filter((s) => !isWorker(s.url)).reduce((sum, s) => sum + s.bytes, 0),
          workerScriptBytes: loaded.filter((s) => isWorker(s.url)).reduce((sum, s) => sum + s.bytes, 0),
        };
      })(),
      TIMEOUT_MS + 10_000,
    );
  } catch (error) {
    log(`  load details: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    return null;
  } finally {
    await withDeadline(context.close(), 10_000).catch(() => log("  a context did not close"));
  }
}

/**
 * The data worker's script and the chunks it imports (statically or with import()), by file name: the
 * worker's build is apart from the page's, so these are its own files.
 */
function workerFiles(): Set<string> {
  const assets = `${DIST}/assets`;
  const found = new Set<string>();
  const queue = readdirSync(assets).filter((name) => /^dataset-worker-.*\.js$/.test(name));
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (found.has(name)) continue;
    found.add(name);
    const code = readFileSync(`${assets}/${name}`, "utf8");
    for (const match of code.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(match[1] as string);
  }
  return found;
}

/** The data worker's script, gzip (level 6, as the bench server sends it), or 0 where the build has none. */
function workerChunkGzip(): number {
  const assets = `${DIST}/assets`;
  const file = readdirSync(assets).find((name) => /^dataset-worker-.*\.js$/.test(name));
  return file ? gzipSync(readFileSync(`${assets}/${file}`), { level: 6 }).length : 0;
}

function machine() {
  const chromiumVersion = (() => {
    try {
      return execFileSync("/usr/bin/chromium", ["--version"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim();
    } catch {
      return "unknown";
    }
  })();
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    sharedCpu: process.env.BENCH_QUIET !== "1",
  };
}

const MEASURES = [
  "navigation → list visible",
  "navigation → overview visible",
  "keystroke → list updated",
  "status change → board updated",
  "filter change → list updated",
  LONGEST_TASK,
] as const;

async function main() {
  if (!existsSync(`${DIST}/index.html`))
    throw new Error("No dist/: run `vite build` first (npm run bench does).");
  const startedAt = Date.now();
  const app = measureInitialJs(DIST);
  const bare = await measureBareReact();
  const ratio = app.gzip / bare.gzip;
  log(`initial JS of /: ${app.gzip} B gzip; bare React ${bare.gzip} B gzip; ratio ${ratio.toFixed(2)}`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  const results: Record<string, Record<string, { median: number | null; runs: number[] }>> = {};
  const heap: Record<string, number | null> = {};
  const listScripts: Record<string, { page: number; worker: number } | null> = {};
  const nodeValidationMs: Record<string, number> = {};
  const servers: Server[] = [];
  try {
    for (const [index, size] of SIZES.entries()) {
      const { file, dataset, validationMs } = prepareData(size);
      nodeValidationMs[size] = Math.round(validationMs);
      const port = FIRST_PORT + index;
      servers.push(await serveStatic({ root: DIST, port, dataFile: file }));
      const origin = `http://127.0.0.1:${port}`;
      const samples: Samples = {};
      for (let run = 0; run < runsFor(size); run += 1) {
        log(`${size}: run ${run + 1} of ${runsFor(size)}`);
        await oneRun(browser, origin, dataset, samples);
      }
      const details = await loadDetails(browser, origin);
      heap[size] = details?.heapBytes ?? null;
      // A worker's own requests are not reported to the page: its script's size is read from the build.
      listScripts[size] = details
        ? { page: details.scriptBytes, worker: details.workerScriptBytes || workerChunkGzip() }
        : null;
      results[size] = Object.fromEntries(
        Object.entries(samples).map(([name, values]) => [
          name,
          { median: median(values), runs: values.map((v) => Math.round(v * 10) / 10) },
        ]),
      );
      log(
        `${size}: ${JSON.stringify(Object.fromEntries(Object.entries(results[size]).map(([k, v]) => [k, v.median])))}`,
      );
    }
  } finally {
    await browser.close();
  }

  let lighthouse: Record<string, number | string> = {};
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== "1") {
    const port = FIRST_PORT + 10;
    const server = await serveStatic({ root: DIST, port });
    servers.push(server);
    try {
      lighthouse = await runLighthouse(`http://127.0.0.1:${port}/`);
    } catch (error) {
      lighthouse = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  for (const server of servers) server.close();

  const report = {
    date: new Date().toISOString(),
    commit: execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim(),
    machine: machine(),
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    runs: Object.fromEntries(SIZES.map((size) => [size, runsFor(size)])),
    initialJs: {
      appGzip: app.gzip,
      bareReactGzip: bare.gzip,
      ratio: Math.round(ratio * 100) / 100,
      files: app.files,
    },
    results,
    heapAfterLoadBytes: heap,
    jsLoadedUntilListGzip: listScripts,
    nodeParseDatasetMs: nodeValidationMs,
    lighthouse,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.info(`\n${formatTable(report)}`);
  log(`wrote ${OUT} in ${report.durationSeconds} s`);
}

export function formatTable(report: {
  results: Record<string, Record<string, { median: number | null; runs: number[] }>>;
  heapAfterLoadBytes: Record<string, number | null>;
  jsLoadedUntilListGzip: Record<string, { page: number; worker: number } | null>;
  initialJs: { appGzip: number; bareReactGzip: number; ratio: number };
  lighthouse: Record<string, number | string>;
  machine: ReturnType<typeof machine>;
  runs: Record<string, number>;
}): string {
  const sizes = Object.keys(report.results);
  const header = `| measure (median) | ${sizes.map((s) => `${Number(s).toLocaleString("en")}`).join(" | ")} |`;
  const rule = `| --- | ${sizes.map(() => "---:").join(" | ")} |`;
  // A run that failed did not get there within the time limit (TIMEOUT_MS).
  const cell = (size: string, name: string) => {
    const failed = report.results[size]?.[failedKey(name)]?.runs.length ?? 0;
    const median = report.results[size]?.[name]?.median;
    if (median == null) return failed > 0 ? `> ${TIMEOUT_MS / 1000} s` : "–";
    const text = msText(name, median);
    return failed > 0 ? `${text} (${failed} run(s) > ${TIMEOUT_MS / 1000} s)` : text;
  };
  const rows = MEASURES.map((name) => `| ${name} | ${sizes.map((s) => cell(s, name)).join(" | ")} |`);
  const mb = (bytes: number | null | undefined) =>
    bytes == null ? "not measured" : `${(bytes / 2 ** 20).toFixed(1)} MB`;
  rows.push(`| JS heap after load | ${sizes.map((s) => mb(report.heapAfterLoadBytes[s])).join(" | ")} |`);
  const js = (loaded: { page: number; worker: number } | null | undefined) =>
    loaded
      ? `${(loaded.page / 1024).toFixed(0)} KB + worker ${(loaded.worker / 1024).toFixed(0)} KB`
      : "not measured";
  rows.push(
    `| JS loaded until the list shows (gzip) | ${sizes.map((s) => js(report.jsLoadedUntilListGzip?.[s])).join(" | ")} |`,
  );
  rows.push(`| runs | ${sizes.map((s) => report.runs[s]).join(" | ")} |`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lh = report.lighthouse;
  return [
    header,
    rule,
    ...rows,
    "",
    `Initial JS of / (gzip): ${kb(report.initialJs.appGzip)} = ${report.initialJs.ratio} × the bare React page (${kb(report.initialJs.bareReactGzip)})`,
    lh.error
      ? `Lighthouse: could not run (${lh.error})`
      : lh.performance === undefined
        ? "Lighthouse: not run (BENCH_SKIP_LIGHTHOUSE=1)"
        : `Lighthouse 12.2.3 on / (mobile): performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh["best-practices"]}`,
    `Machine: ${report.machine.cpus}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ${report.machine.chromium}${report.machine.sharedCpu ? " (CPU shared with other work)" : ""}`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `--table FILE.json` prints the table of an earlier run.
  const tableOf = process.argv.indexOf("--table");
  if (tableOf > 0) {
    console.info(formatTable(JSON.parse(readFileSync(process.argv[tableOf + 1] ?? OUT, "utf8"))));
    process.exit(0);
  }
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
