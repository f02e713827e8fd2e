import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { serveStatic } from "./static-server";

// `tsx scripts/bench/trace-load.ts DATA_FILE [PATH] [PORT] [DIST]`: where the time goes until the list shows.
// Loads a page of a build on a data file with a Chromium trace running, then prints, on the page's clock
// (0 = navigation start), when each script and the data arrived, the longest tasks of the page and of the
// data worker, and when the list showed. The raw trace is written to .bench-data/trace.json (open it in
// Chromium's Performance panel).
const [dataFile = ".bench-data/commitments-1000.json", path = "/commitments", port = "4520", dist = "dist"] =
  process.argv.slice(2);
const server = await serveStatic({ root: dist, port: Number(port), dataFile });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; frame?: string };
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ path: fileURLToPath(new URL("./page-probe.js", import.meta.url)) });
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: [
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "v8.execute",
        "v8",
        "blink.user_timing",
        "loading",
        "__metadata",
      ],
    },
    transferMode: "ReportEvents",
  });
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "commit" });
  await page.waitForFunction(
    () => {
      const seen = (window as unknown as { __benchProbe: { seen: Record<string, number> } }).__benchProbe
        .seen;
      return seen.list ?? seen.overview ?? seen.board;
    },
    undefined,
    { timeout: 300_000, polling: 100 },
  );
  const page$ = await page.evaluate(() => ({
    seen: (window as unknown as { __benchProbe: { seen: Record<string, number> } }).__benchProbe.seen,
    timeOrigin: performance.timeOrigin,
    resources: performance.getEntriesByType("resource").map((e) => ({
      name: e.name.replace(location.origin, ""),
      start: Math.round(e.startTime),
      end: Math.round((e as PerformanceResourceTiming).responseEnd),
    })),
    paints: performance.getEntriesByType("paint").map((e) => ({ name: e.name, at: Math.round(e.startTime) })),
  }));
  await page.waitForTimeout(500);
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.end");
  await done;
  writeFileSync(".bench-data/trace.json", JSON.stringify({ traceEvents: events }));

  // Thread names, and the navigation start on the trace's clock.
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.ph === "M" && e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "?");
  }
  const nav = events.find((e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame);
  const t0 = nav?.ts ?? 0;
  const at = (ts: number) => Math.round((ts - t0) / 1000);
  console.info(JSON.stringify(page$.seen), "paints", JSON.stringify(page$.paints));
  for (const r of page$.resources) console.info(`  ${r.start}–${r.end} ms  ${r.name}`);
  // Worker threads: their requests and script evaluations are not in the page's resource timing.
  const interesting = new Set([
    "EvaluateScript",
    "v8.compileModule",
    "v8.evaluateModule",
    "FunctionCall",
    "RunTask",
    "ParseHTML",
    "Layout",
    "UpdateLayoutTree",
    "Paint",
    "v8.run",
    "ResourceSendRequest",
    "ResourceFinish",
    "ResourceReceiveResponse",
    "MajorGC",
    "MinorGC",
    "V8.GC_MC_BACKGROUND_MARKING",
    "BlinkGC.AtomicPhase",
    "v8.compile",
    "FireAnimationFrame",
    "TimerFire",
    "EventDispatch",
    "V8.GCScavenger",
    "V8.GCFinalizeMC",
  ]);
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!interesting.has(e.name)) continue;
    const name = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    if (!/CrRendererMain|Worker|DedicatedWorker/i.test(name)) continue;
    if (e.ts < t0 || (nav && e.pid !== nav.pid && !/Worker/i.test(name))) continue;
    byThread.set(name, [...(byThread.get(name) ?? []), e]);
  }
  const limit = Math.max(...Object.values(page$.seen)) + 50;
  for (const [name, list] of byThread) {
    console.info(`— ${name}`);
    for (const e of list) {
      const start = at(e.ts);
      if (start > limit) continue;
      const dur = (e.dur ?? 0) / 1000;
      const url =
        (e.args?.data?.url as string | undefined) ??
        (e.args?.data?.functionName as string | undefined) ??
        (e.args?.data?.type as string | undefined) ??
        "";
      if (
        /^Resource(SendRequest|Finish)/.test(e.name)
          ? /\/(assets|data)\//.test(String(url)) || e.name === "ResourceFinish"
          : dur >= 8
      )
        console.info(
          `  ${String(start).padStart(6)} ${dur.toFixed(0).padStart(5)} ms ${e.name} ${String(url).replace(/^https?:\/\/[^/]+/, "")}`,
        );
    }
  }
} finally {
  await browser.close();
  server.close();
}
