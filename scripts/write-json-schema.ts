import { writeFileSync } from "node:fs";
import { datasetJsonSchema, JSON_SCHEMA_PATH } from "./dataset-json-schema";

writeFileSync(JSON_SCHEMA_PATH, datasetJsonSchema());
console.info(`Wrote ${JSON_SCHEMA_PATH}`);
