import * as z from "zod/mini";
import { datasetSchema } from "../src/features/commitments/dataset-schema";

export const JSON_SCHEMA_PATH = "public/data/commitments.schema.json";

/** The JSON Schema of the data file, generated from the zod schema so the two can never disagree. */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { io: "input" });
  const withTitle = {
    ...schema,
    title: "US–France commitments tracker: data file",
    description:
      "Generated from src/features/commitments/dataset-schema.ts by `npm run schema`. Do not edit.",
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}
