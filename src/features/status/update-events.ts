import { idSchema, partySchema, statusEventSchema } from "@/features/commitments/status-event-schema";
import { z } from "@/lib/zod";

// What this browser records. Events are only ever appended: an undo is an event of its own that
// retracts a batch, so the log can be merged with another (a second tab, a colleague's file) by event id.

export const localStatusEventSchema = z.extend(statusEventSchema, {
  kind: z.literal("status"),
  /** The events of one action (moving a card changes both sides' statuses) share a batch, undone together. */
  batchId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type LocalStatusEvent = z.infer<typeof localStatusEventSchema>;

export const retractionEventSchema = z.strictObject({
  kind: z.literal("retraction"),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  batchId: z.string().check(z.minLength(1), z.maxLength(100)),
  at: z.iso.datetime({ offset: true }),
});
export type RetractionEvent = z.infer<typeof retractionEventSchema>;

/**
 * "The statuses of this commitment were reviewed and are unchanged" (issue 6, stale items): it resets the
 * commitment's staleness without changing a status, and is undone like any batch, by a retraction.
 */
export const reviewEventSchema = z.strictObject({
  kind: z.literal("review"),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  batchId: z.string().check(z.minLength(1), z.maxLength(100)),
  commitmentId: idSchema,
  at: z.iso.datetime({ offset: true }),
  author: z.optional(z.string().check(z.maxLength(200))),
  authorSide: z.optional(partySchema),
});
export type ReviewEvent = z.infer<typeof reviewEventSchema>;

export const localEventSchema = z.discriminatedUnion("kind", [
  localStatusEventSchema,
  retractionEventSchema,
  reviewEventSchema,
]);
export type LocalEvent = z.infer<typeof localEventSchema>;

/** Batches undone by a retraction. */
export function retractedBatches(events: readonly LocalEvent[]): Set<string> {
  return new Set(events.filter((event) => event.kind === "retraction").map((event) => event.batchId));
}

/** The status events that still count: those whose batch has not been undone. */
export function activeStatusEvents(events: readonly LocalEvent[]): LocalStatusEvent[] {
  const retracted = retractedBatches(events);
  return events.filter(
    (event): event is LocalStatusEvent => event.kind === "status" && !retracted.has(event.batchId),
  );
}

/** The review events that still count: those whose batch has not been undone. */
export function activeReviewEvents(events: readonly LocalEvent[]): ReviewEvent[] {
  const retracted = retractedBatches(events);
  return events.filter(
    (event): event is ReviewEvent => event.kind === "review" && !retracted.has(event.batchId),
  );
}

/** The newest batch that has not been undone: what "Undo" takes back. */
export function lastUndoableBatch(events: readonly LocalEvent[]): LocalStatusEvent[] {
  const active = activeStatusEvents(events);
  const last = active.at(-1);
  return last ? active.filter((event) => event.batchId === last.batchId) : [];
}

/** Two logs as one: a set union by event id, in time order. Nothing from either side is lost. */
export function mergeEventLogs(a: readonly LocalEvent[], b: readonly LocalEvent[]): LocalEvent[] {
  const byId = new Map<string, LocalEvent>();
  for (const event of [...a, ...b]) if (!byId.has(event.id)) byId.set(event.id, event);
  // In time order; the sort is stable, so events of the same millisecond keep the order they were made in.
  return [...byId.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
}
