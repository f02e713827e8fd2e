import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The schemas of the whole data file are built only in the data worker (decision 010's second addendum): zod
// builds a schema when its module is evaluated, and the page's start-up waited for all of them. So the
// page's code takes values from status-event-schema.ts; from the worker's modules, types only (a value
// import would bring the module and every schema with it, at least in development). And every module takes
// zod from lib/zod.ts, which sets zod/mini up: classic zod's methods doubled the size of the page's zod and
// of the worker's parser (fourth and fifth addenda).
const SRC = join(import.meta.dirname, "../..");
/** The data worker's modules, which validate the file. */
const WORKER_MODULES = new Set([
  "features/commitments/dataset-schema.ts",
  "features/commitments/parse-dataset.ts",
  "features/commitments/commitment-fast-path.ts",
  "features/commitments/api/last-good-copy.ts",
]);
/** What runs in the worker only: its modules and its entry. */
const WORKER_SIDE = new Set([...WORKER_MODULES, "features/commitments/api/dataset-worker.ts"]);
const WORKER_MODULE_NAMES = [...WORKER_MODULES].map((file) => file.replace(/^.*\/|\.ts$/g, ""));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const allFiles = () => sourceFiles(SRC).map((file) => relative(SRC, file));
const pageFiles = () => allFiles().filter((file) => !WORKER_SIDE.has(file));

/**
 * What a module takes as values from `moduleName` (one of the worker's, by file name): the names of
 * `import { … } from` and `export { … } from` (not `type` ones), "*" for a namespace, default or bare
 * import, "import()" for a dynamic one.
 */
function valueImportsOf(source: string, moduleName: string): string[] {
  const specifier = String.raw`["'](?:[^"']*/)?${moduleName}(?:\.ts)?["']`;
  const named = new RegExp(String.raw`(?:import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*${specifier}`, "g");
  const whole = new RegExp(String.raw`import\s+(?!type\s)(?:[\w$]+|\*\s*as\s+[\w$]+)\s+from\s*${specifier}`);
  const bare = new RegExp(String.raw`import\s*${specifier}`);
  const dynamic = new RegExp(String.raw`import\s*\(\s*${specifier}`);
  const names = [...source.matchAll(named)].flatMap(([, typeOnly, list = ""]) =>
    typeOnly
      ? []
      : list
          .split(",")
          .map((name) => name.trim())
          .filter((name) => name !== "" && !name.startsWith("type ")),
  );
  if (whole.test(source) || bare.test(source)) names.push("*");
  if (dynamic.test(source)) names.push("import()");
  return names;
}

/** zod itself by any of its paths ("zod", "zod/mini", "zod/v4/classic", …), as a value. */
const ZOD = String.raw`["']zod(?:/[\w./-]+)?["']`;
const DIRECT_ZOD_IMPORT = new RegExp(
  String.raw`(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s*${ZOD}|import\s*\(?\s*${ZOD}`,
);

describe("the page's code", () => {
  it("takes only types from the data worker's modules", () => {
    const offending = pageFiles().flatMap((file) => {
      const source = readFileSync(join(SRC, file), "utf8");
      return WORKER_MODULE_NAMES.flatMap((name) => {
        const names = valueImportsOf(source, name);
        return names.length > 0 ? [{ file, from: name, names }] : [];
      });
    });
    expect(
      offending,
      "take these from status-event-schema.ts or dataset-errors.ts (or move them there)",
    ).toEqual([]);
  });

  it("is checked by a reading that sees value imports", () => {
    expect(
      valueImportsOf('import { type Party, statusIds } from "./dataset-schema";', "dataset-schema"),
    ).toEqual(["statusIds"]);
    expect(valueImportsOf('import { DatasetError } from "../parse-dataset";', "parse-dataset")).toEqual([
      "DatasetError",
    ]);
    expect(valueImportsOf('export { parseDataset } from "./parse-dataset.ts";', "parse-dataset")).toEqual([
      "parseDataset",
    ]);
    expect(valueImportsOf('import * as schema from "./dataset-schema";', "dataset-schema")).toEqual(["*"]);
    expect(valueImportsOf('await import("./api/last-good-copy")', "last-good-copy")).toEqual(["import()"]);
    expect(
      valueImportsOf(
        'import type { Dataset } from "@/features/commitments/dataset-schema";',
        "dataset-schema",
      ),
    ).toEqual([]);
    expect(valueImportsOf('import { statusIds } from "./status-event-schema";', "dataset-schema")).toEqual(
      [],
    );
  });
});

describe("every module of src", () => {
  it("takes zod from lib/zod.ts, which sets it up (tests aside)", () => {
    const offending = allFiles().filter(
      (file) => file !== "lib/zod.ts" && DIRECT_ZOD_IMPORT.test(readFileSync(join(SRC, file), "utf8")),
    );
    expect(offending, 'import { z } from "@/lib/zod"').toEqual([]);
  });

  it("is checked by a reading that sees zod however it is imported", () => {
    for (const line of [
      'import * as z from "zod";',
      'import * as z from "zod/mini";',
      'import { z as zod } from "zod/v4";',
      'import { z } from "zod/v4/classic";',
      'import {\n  z,\n} from "zod";',
      "import { z } from 'zod';",
      'export { z } from "zod/mini";',
      'const { z } = await import("zod");',
      'import "zod/mini";',
      'import { en } from "zod/locales";',
    ]) {
      expect(DIRECT_ZOD_IMPORT.test(line), line).toBe(true);
    }
    for (const line of [
      'import { z } from "@/lib/zod";',
      "import { z } from '../../lib/zod';",
      'import type { z } from "zod";',
      'import { zodLike } from "zodiac";',
    ]) {
      expect(DIRECT_ZOD_IMPORT.test(line), line).toBe(false);
    }
  });
});
