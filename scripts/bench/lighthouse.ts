import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

/** Lighthouse (pinned 12.2.3: the newest that runs on Node 20) on one page, mobile preset: the three scores. */
export async function runLighthouse(url: string): Promise<Record<string, number>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { categories } = result.lhr;
    return Object.fromEntries(
      Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
    );
  } finally {
    chrome.kill();
  }
}
