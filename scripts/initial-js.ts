import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

// What "the initial JavaScript of a page" means for our size budget and benchmark: the entry script of
// index.html and every chunk it loads before running, i.e. the modulepreloaded chunks and the chunks
// reached through static `import` statements. Chunks behind a dynamic `import()` (lazy routes) and workers
// load later, when needed, and do not count.

/** The scripts index.html starts loading at once: module entry scripts and modulepreload links. */
export function scriptsOfHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name: string) => tag.match(new RegExp(`\\s${name}=["']([^"']*)["']`))?.[1];
    if (tag.startsWith("<script") && attr("type") === "module" && attr("src"))
      found.push(attr("src") as string);
    if (tag.startsWith("<link") && attr("rel") === "modulepreload" && attr("href"))
      found.push(attr("href") as string);
  }
  return [...new Set(found)];
}

/**
 * The code of index.html's inline scripts (a <script> without src, of JavaScript: no type, or "module" or a
 * JavaScript type; not data such as JSON), which run before any file does.
 */
export function inlineScriptsOfHtml(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = ""]) => !/\ssrc=/.test(attributes))
    .filter(([, attributes = ""]) => {
      const type = /\stype=["']?([^"'\s>]+)/.exec(attributes)?.[1]?.toLowerCase();
      return type === undefined || type === "module" || type.endsWith("javascript");
    })
    .map(([, , code = ""]) => code)
    .filter((code) => code.trim() !== "");
}

/** Relative modules a built chunk imports statically (`import … from "./x.js"`, `import "./x.js"`); not `import()`. */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1] as string);
  return [...found];
}

/**
 * Every initial script of a build, as paths inside its output folder, from index.html and then through each
 * chunk's static imports. `base` is the build's base path (vite's `base`), which the page's URLs start with.
 */
export function initialJsFiles(html: string, readChunk: (path: string) => string, base = "/"): string[] {
  const toPath = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ""));
  const queue = scriptsOfHtml(html)
    .filter((url) => !/^[a-z]+:/i.test(url))
    .map(toPath);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imported of staticImportsOf(readChunk(path))) {
      queue.push(posix.normalize(posix.join(posix.dirname(path), imported)));
    }
  }
  return [...seen];
}

export type InitialJs = {
  files: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
};

/** The initial JavaScript of a built page (its folder holding index.html), raw and gzip-compressed. */
export function measureInitialJs(outDir: string, base = "/"): InitialJs {
  const read = (path: string) => readFileSync(join(outDir, path));
  const html = read("index.html").toString("utf8");
  const measure = (path: string, content: Buffer) => ({
    path,
    bytes: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
  });
  const files = [
    ...inlineScriptsOfHtml(html).map((code, index) =>
      measure(`index.html, inline script ${index + 1}`, Buffer.from(code, "utf8")),
    ),
    ...initialJsFiles(html, (path) => read(path).toString("utf8"), base).map((path) =>
      measure(path, read(path)),
    ),
  ];
  return {
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}
