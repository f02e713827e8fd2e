import { describe, expect, it } from "vitest";
import { initialJsFiles, inlineScriptsOfHtml, scriptsOfHtml, staticImportsOf } from "./initial-js";

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="/tracker/assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="/tracker/assets/react-def.js">
<link rel="stylesheet" crossorigin href="/tracker/assets/index-123.css">
<link rel="icon" href="/tracker/favicon.svg">
</head><body><script src="/tracker/legacy.js"></script></body></html>`;

describe("scriptsOfHtml", () => {
  it("takes module entry scripts and modulepreload links, not styles, icons or classic scripts", () => {
    expect(scriptsOfHtml(html)).toEqual(["/tracker/assets/index-abc.js", "/tracker/assets/react-def.js"]);
  });
});

describe("inlineScriptsOfHtml", () => {
  it("takes the code of scripts written in the page, not of scripts loaded from a file nor data", () => {
    const page = `<head><script>document.documentElement.lang="fr"</script>
<script type="module" src="/assets/index.js"></script><script type="application/ld+json">{}</script>
<script type="module">import "./x.js"</script></head>`;
    expect(inlineScriptsOfHtml(page)).toEqual(['document.documentElement.lang="fr"', 'import "./x.js"']);
  });
  it("finds none in a page without any", () => {
    expect(inlineScriptsOfHtml(html)).toEqual([]);
  });
});

describe("staticImportsOf", () => {
  it("finds static imports and re-exports of relative chunks, not dynamic import()", () => {
    const code = `import{a as e,b as t}from"./react-def.js";import"./side.js";export{x}from"./x.js";
const r=()=>import("./lazy-route.js");const w=new Worker(new URL("./worker.js",import.meta.url));`;
    expect(staticImportsOf(code)).toEqual(["./react-def.js", "./side.js", "./x.js"]);
  });
  it("ignores bare package imports, which a build has none of", () => {
    expect(staticImportsOf(`import{a}from"react";`)).toEqual([]);
  });
});

describe("initialJsFiles", () => {
  it("follows static imports from the entry, once each, and leaves lazy chunks out", () => {
    const chunks: Record<string, string> = {
      "assets/index-abc.js": `import{a}from"./react-def.js";import{b}from"./shared.js";import("./lazy.js")`,
      "assets/react-def.js": `import{b}from"./shared.js";`,
      "assets/shared.js": ``,
      "assets/lazy.js": `import{c}from"./only-lazy.js";`,
    };
    const files = initialJsFiles(html, (path) => chunks[path] ?? "", "/tracker/");
    expect(files.sort()).toEqual(["assets/index-abc.js", "assets/react-def.js", "assets/shared.js"]);
  });
});
