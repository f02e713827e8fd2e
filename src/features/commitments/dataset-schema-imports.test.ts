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

  it("is checked by a reading that sees value imports", () => {
    expect(valueImportsOfDatasetSchema('import { type Party, statusIds } from "./dataset-schema";')).toEqual([
      "statusIds",
    ]);
    expect(
      valueImportsOfDatasetSchema('import type { Dataset } from "@/features/commitments/dataset-schema";'),
    ).toEqual([]);
  });
});
