// The contract of public/data/commitments.json. Types come from here (z.infer), and so does the
// JSON Schema that ships beside the data (scripts/write-json-schema.ts). The status and party vocabulary and
// the history event are in status-event-schema.ts, which the page uses alone, and are re-exported here.
// Built in the data worker only, with zod/mini's functions like every schema (decision 010's fifth addendum).

import { z } from "@/lib/zod";
import {
  httpUrlSchema,
  idSchema,
  nonEmptyText,
  partySchema,
  statusEventSchema,
  statusSchema,
  timestampSchema,
} from "./status-event-schema";

export {
  httpUrlSchema,
  ID_PATTERN,
  idSchema,
  type Party,
  partyIds,
  partySchema,
  type Status,
  type StatusEvent,
  statusEventSchema,
  statusIds,
  statusSchema,
} from "./status-event-schema";

export const SCHEMA_VERSION = 1;

/** Human-readable text, either plain (English) or given in both languages. */
export const localizedTextSchema = z.union([
  nonEmptyText,
  z.strictObject({ en: nonEmptyText, fr: z.optional(nonEmptyText) }),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const partyStatusesSchema = z.strictObject({
  us: z.optional(statusSchema),
  fr: z.optional(statusSchema),
});
export type PartyStatuses = z.infer<typeof partyStatusesSchema>;

export const commitmentSchema = z.strictObject({
  id: idSchema,
  initiativeId: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  sourceQuote: nonEmptyText.check(z.meta({ description: "The announcement's exact sentence(s), verbatim." })),
  // The quote itself stays verbatim in English (it is what the announcement said); a translation is shown
  // beside it, marked as one, never in its place.
  sourceQuoteTranslation: z
    .optional(z.strictObject({ fr: nonEmptyText }))
    .check(z.meta({ description: "An unofficial translation of sourceQuote, per language." })),
  parties: z.array(partySchema).check(
    z.minLength(1, "must name at least one party"),
    z.refine((parties) => new Set(parties).size === parties.length, "must not repeat a party"),
  ),
  lead: z.optional(partySchema),
  themes: z.array(idSchema),
  sectors: z.optional(z.array(idSchema)),
  owners: z.optional(z.array(nonEmptyText)),
  dueDate: z.optional(z.iso.date({ error: "must be a date like 2027-06-30" })),
  statuses: partyStatusesSchema,
  history: z.array(statusEventSchema),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const initiativeSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const themeSchema = z.strictObject({ id: idSchema, title: localizedTextSchema });
export type Theme = z.infer<typeof themeSchema>;

export const sourceSchema = z.strictObject({
  title: nonEmptyText,
  publisher: z.optional(nonEmptyText),
  text: z.optional(z.string()),
  url: z.optional(httpUrlSchema),
  date: z.optional(z.iso.date()),
});

/** Everything but the commitments: checked first, as a whole, because nothing can show without it. */
export const datasetEnvelopeSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: `must be ${SCHEMA_VERSION}: this version of the tracker reads schema version ${SCHEMA_VERSION} only (reload the page in case a newer tracker has been published)`,
  }),
  id: idSchema,
  title: localizedTextSchema,
  source: sourceSchema,
  updatedAt: timestampSchema,
  initiatives: z.array(initiativeSchema).check(z.minLength(1, "must list at least one initiative")),
  themes: z.array(themeSchema),
  commitments: z.array(z.unknown()),
});

export const datasetSchema = z.extend(datasetEnvelopeSchema, { commitments: z.array(commitmentSchema) });
export type Dataset = z.infer<typeof datasetSchema>;
