import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { serveStatic } from "./static-server";

// `tsx scripts/bench/main-thread-tasks.ts DIST DATA_FILE [PORT]`: opens the overview of a build on a data file
// and lists the longest main-thread tasks until it shows. The overview renders a dozen cards, so its long
// tasks are those of reading the data (parse and validation on the main thread, or receiving it from the
// worker), not of rendering a long list.
const [dist = "dist", dataFile = ".bench-data/commitments-100000.json", port = "4320"] =
  process.argv.slice(2);
const server = await serveStatic({ root: dist, port: Number(port), dataFile });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  await page.addInitScript({ path: fileURLToPath(new URL("./page-probe.js", import.meta.url)) });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "commit" });
  await page.waitForFunction(
    () => (window as unknown as { __benchProbe: { seen: { overview?: number } } }).__benchProbe.seen.overview,
    undefined,
    { timeout: 300_000, polling: 500 },
  );
  const result = await page.evaluate(() => ({
    shownAt: Math.round(
      (window as unknown as { __benchProbe: { seen: { overview: number } } }).__benchProbe.seen.overview,
    ),
    tasks: (window as unknown as { __tasks: number[] }).__tasks.sort((a, b) => b - a).slice(0, 5),
  }));
  console.info(JSON.stringify({ dist, dataFile, ...result }));
} finally {
  await browser.close();
  server.close();
}
