import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The schemas of the whole data file are built only in the data worker (decision 010's second addendum): zod builds
// a schema when its module is evaluated, and the page's start-up waited for all of them. The page's code
// takes values from status-event-schema.ts; from dataset-schema.ts, types only.
const SRC = join(import.meta.dirname, "../..");
/** The modules of the data worker's own graph, which validate the file. */
const WORKER_SIDE = new Set([
  "features/commitments/parse-dataset.ts",
  "features/commitments/commitment-fast-path.ts",
]);
/** The modules that may take classic zod (lib/zod.ts): the data worker's, which the page imports types from only. */
const CLASSIC_ZOD_SIDE = new Set([
  ...WORKER_SIDE,
  "features/commitments/dataset-schema.ts",
  "features/commitments/api/last-good-copy.ts",
]);

/** A value import of classic zod, directly or through lib/zod.ts (not `import type`, not zod/mini). */
const CLASSIC_ZOD_IMPORT = /^import\s+(?!type\s)[^;]*?\sfrom\s*"(zod|zod\/v4|@\/lib\/zod)"/m;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The names an `import { … } from "…dataset-schema"` (not `import type`) takes as values. */
function valueImportsOfDatasetSchema(source: string): string[] {
  const imports = source.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*"[^"]*\/dataset-schema"/g);
  return [...imports].flatMap(([, typeOnly, names = ""]) =>
    typeOnly
      ? []
      : names
          .split(",")
          .map((name) => name.trim())
          .filter((name) => name !== "" && !name.startsWith("type ")),
  );
}

describe("the page's code", () => {
  it("takes only types from dataset-schema.ts", () => {
    const offending = sourceFiles(SRC)
      .map((file) => ({
        file: relative(SRC, file),
        names: valueImportsOfDatasetSchema(readFileSync(file, "utf8")),
      }))
      .filter(
        ({ file, names }) =>
          names.length > 0 && !WORKER_SIDE.has(file) && !file.endsWith("dataset-schema.ts"),
      );
    expect(offending, "import these from status-event-schema.ts (or move them there)").toEqual([]);
  });

  // Classic zod's methods make its chunk twice the size of zod/mini's for the same schemas (decision 010's
  // fourth addendum). lib/zod-mini.ts also loads the English messages, which zod/mini lacks by itself.
  it("takes zod from lib/zod-mini.ts, never classic zod", () => {
    const offending = sourceFiles(SRC)
      .map((file) => relative(SRC, file))
      .filter((file) => !CLASSIC_ZOD_SIDE.has(file) && file !== "lib/zod.ts")
      .filter((file) => CLASSIC_ZOD_IMPORT.test(readFileSync(join(SRC, file), "utf8")));
    expect(offending, 'import { z } from "@/lib/zod-mini" in the page\'s code').toEqual([]);
  });

  it("is checked by a reading that sees classic zod however it is imported", () => {
    for (const line of [
      'import { z } from "@/lib/zod";',
      'import * as z from "zod";',
      'import { z as zod } from "zod/v4";',
    ]) {
      expect(CLASSIC_ZOD_IMPORT.test(line), line).toBe(true);
    }
    for (const line of [
      'import { z } from "@/lib/zod-mini";',
      'import * as z from "zod/mini";',
      'import type { z } from "@/lib/zod";',
    ]) {
      expect(CLASSIC_ZOD_IMPORT.test(line), line).toBe(false);
    }
  });

  it("is checked by a reading that sees value imports", () => {
    expect(valueImportsOfDatasetSchema('import { type Party, statusIds } from "./dataset-schema";')).toEqual([
      "statusIds",
    ]);
    expect(
      valueImportsOfDatasetSchema('import type { Dataset } from "@/features/commitments/dataset-schema";'),
    ).toEqual([]);
  });
});
