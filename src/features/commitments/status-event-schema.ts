import { z } from "@/lib/zod";

// The part of the data's contract (dataset-schema.ts) that the page needs at start-up: the vocabulary, and
// the schema of a status event, which this browser's stored updates are checked against. Apart from the
// schemas of the whole file, which only the data worker builds: zod builds each schema when its module is
// evaluated, and building them all held up the page's first view (decision 010's second addendum).

export const statusIds = ["not_started", "in_progress", "at_risk", "done", "dropped"] as const;
export const statusSchema = z
  .enum(statusIds, {
    error: (issue) =>
      `is ${JSON.stringify(issue.input)}, but a status must be one of ${statusIds.join(", ")}`,
  })
  .meta({ description: "One of the status vocabulary's ids." });
export type Status = z.infer<typeof statusSchema>;

export const partyIds = ["us", "fr"] as const;
export const partySchema = z
  .enum(partyIds, { error: (issue) => `is ${JSON.stringify(issue.input)}, but a party must be us or fr` })
  .meta({ description: "us: the United States; fr: France." });
export type Party = z.infer<typeof partySchema>;

/** Ids are lowercase words joined by hyphens, so they read well in URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(ID_PATTERN, "must be lowercase letters, digits and single hyphens (e.g. space-sco)")
  .max(80);

export const nonEmptyText = z.string().trim().min(1, "must not be empty");

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http: or https: address" });

export const timestampSchema = z.iso.datetime({
  offset: true,
  error: "must be a date and time like 2026-03-01T09:30:00Z",
});

export const statusEventSchema = z.strictObject({
  id: nonEmptyText.max(100),
  commitmentId: idSchema,
  party: partySchema,
  status: statusSchema,
  note: z.string().max(2000).optional(),
  evidenceUrl: httpUrlSchema.optional(),
  author: z.string().max(200).optional(),
  /** The author's own side, which need not be the side whose status changed. */
  authorSide: partySchema.optional(),
  /** The side's status just before this change, as the author saw it. Older events lack it. */
  from: statusSchema.optional(),
  at: timestampSchema,
});
export type StatusEvent = z.infer<typeof statusEventSchema>;
