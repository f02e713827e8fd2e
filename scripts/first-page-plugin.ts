import { createHash } from "node:crypto";
import { build, type InlineConfig, type Plugin, type ResolvedConfig, runnerImport } from "vite";

// index.html's first paint (decision 020): the page before the data, in the reader's language, written into
// index.html at build time so that it paints with the HTML instead of after the page's scripts.

/** Where index.html takes its first pages, and the script that picks one (after <meta charset>, which must
 * stay within the document's first 1024 bytes, and before anything in <body>). */
const FIRST_PAGES_MARK = "<!-- first pages -->";
const CHOICE_MARK = "<!-- first page choice -->";

const PAGES_MODULE = "src/app/first-page-html.tsx";
const CHOICE_MODULE = "src/app/first-page-choice.ts";

/**
 * Throws unless `code` can stand between <script> and </script> as it is: "</script" would end the element,
 * and "<!--" or "<script" would send the HTML parser into states where it ends elsewhere.
 */
export function checkInlineScript(code: string, name: string): string {
  const unsafe = ["</", "<!--", "<script"].find((sequence) => code.toLowerCase().includes(sequence));
  if (unsafe) throw new Error(`${name} bundles to a script containing "${unsafe}": it cannot be inlined`);
  return code;
}

/** The value a Content-Security-Policy's script-src gives to allow exactly this inline script. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** The parts of the app's config these side builds need: where the sources are, the base, the `@` alias. */
const sideConfig = (config: ResolvedConfig): InlineConfig => ({
  configFile: false,
  root: config.root,
  base: config.base,
  publicDir: false,
  logLevel: "error",
  resolve: { alias: config.resolve.alias },
});

/** The inline script that picks a first page: first-page-choice.ts and what it imports, in one classic script. */
async function bundleChoiceScript(config: ResolvedConfig): Promise<string> {
  const result = await build({
    ...sideConfig(config),
    build: {
      write: false,
      minify: true,
      lib: { entry: `${config.root}/${CHOICE_MODULE}`, formats: ["iife"], name: "firstPageChoice" },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output && "output" in output ? output.output[0] : undefined;
  if (chunk?.type !== "chunk") throw new Error(`Bundling ${CHOICE_MODULE} gave no script`);
  return checkInlineScript(chunk.code.trim(), CHOICE_MODULE);
}

/** The first pages, rendered with React's server renderer from the app's own components. */
async function renderFirstPages(config: ResolvedConfig): Promise<string> {
  const { module } = await runnerImport<{ firstPagesHtml: (basePath: string) => string }>(
    `/${PAGES_MODULE}`,
    sideConfig(config),
  );
  return module.firstPagesHtml(config.base);
}

/**
 * Writes the first pages into index.html in place of FIRST_PAGES_MARK, and the script that picks one in
 * place of CHOICE_MARK, in <head>. `script()` is that script, for the Content-Security-Policy's hash of it.
 * Both are made once per build or dev server: in development, a change to them shows after a restart (the
 * layout takes the first page's place as soon as it has loaded anyway).
 */
export function firstPagePlugin() {
  let config: ResolvedConfig | undefined;
  let script: Promise<string> | undefined;
  let pages: Promise<string> | undefined;
  const resolved = () => {
    if (!config) throw new Error("firstPagePlugin used before the config was resolved");
    return config;
  };
  const api = {
    script: () => {
      script ??= bundleChoiceScript(resolved());
      return script;
    },
  };
  const plugin: Plugin = {
    name: "tracker-first-page",
    configResolved(resolvedConfig) {
      config = resolvedConfig;
    },
    transformIndexHtml: {
      order: "pre",
      async handler(html, context) {
        for (const mark of [FIRST_PAGES_MARK, CHOICE_MARK]) {
          if (!html.includes(mark)) throw new Error(`index.html has no ${mark}`);
        }
        pages ??= renderFirstPages(resolved());
        const [firstPages, choice] = await Promise.all([pages, api.script()]);
        return {
          // Replaced by functions: a replacement string would read "$`" or "$&" in the code as patterns.
          html: html
            .replace(FIRST_PAGES_MARK, () => firstPages)
            .replace(CHOICE_MARK, () => `<script>${choice}</script>`),
          // The development server adds the styles with JavaScript, after the first paint: without them
          // every first page would show at once. The build links its style sheet from <head>.
          tags: context.server
            ? [{ tag: "link", attrs: { rel: "stylesheet", href: `${resolved().base}src/app/styles.css` } }]
            : [],
        };
      },
    },
  };
  return { plugin, ...api };
}
