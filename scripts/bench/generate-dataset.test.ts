import { describe, expect, it } from "vitest";
import { parseDataset } from "@/features/commitments/parse-dataset";
import { bundledEnvelope, generateDataset } from "./generate-dataset";

describe("generateDataset", () => {
  it("makes a file the app's own parser accepts whole", () => {
    const dataset = generateDataset(bundledEnvelope(), 500);
    const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(parsed.problems).toEqual([]);
    expect(parsed.dataset.commitments).toHaveLength(500);
    expect(dataset.commitments.some((c) => c.history.length > 0)).toBe(true);
  });

  it("is the same for the same size and seed", () => {
    const envelope = bundledEnvelope();
    expect(generateDataset(envelope, 50)).toEqual(generateDataset(envelope, 50));
    expect(generateDataset(envelope, 50, 1)).not.toEqual(generateDataset(envelope, 50, 2));
  });
});
