import { z } from "@/lib/zod";
import { type Commitment, ID_PATTERN, partyIds, statusIds } from "./dataset-schema";

// The schema of a commitment (dataset-schema.ts) is the rule; this is a faster way to recognise the
// commitments that obviously follow it. zod without its compiler (the tracker's CSP forbids `new Function`)
// takes seconds for 100,000 commitments; these plain checks take a fraction of that (decision 010).
//
// The fast path may only ever be stricter than the schema: whatever it accepts, `commitmentSchema` accepts
// too and gives back the same value. Anything else — a mistake, but also anything the schema would change
// (text with spaces to trim, a field it does not know) — returns null, and the caller asks zod, which
// finds and words every mistake as before. `commitment-fast-path.test.ts` checks this against zod.
//
// Fields it knows, in the schema's order; a field added to the schema is unknown here until added (the test
// says so), so a commitment using it goes the slow, exact way meanwhile.
export const FAST_PATH_COMMITMENT_KEYS = [
  "id",
  "initiativeId",
  "title",
  "description",
  "sourceQuote",
  "sourceQuoteTranslation",
  "parties",
  "lead",
  "themes",
  "sectors",
  "owners",
  "dueDate",
  "statuses",
  "history",
] as const;
export const FAST_PATH_EVENT_KEYS = [
  "id",
  "commitmentId",
  "party",
  "status",
  "note",
  "evidenceUrl",
  "author",
  "authorSide",
  "from",
  "at",
] as const;

const commitmentKeys = new Set<string>(FAST_PATH_COMMITMENT_KEYS);
const eventKeys = new Set<string>(FAST_PATH_EVENT_KEYS);
const quoteTranslationKeys = new Set(["fr"]);
const statuses = new Set<unknown>(statusIds);
const parties = new Set<unknown>(partyIds);
// The same patterns zod builds for z.iso.date() and z.iso.datetime({ offset: true }).
const DATE = z.regexes.date;
const DATETIME = z.regexes.datetime({ offset: true });
// zod's z.url({ protocol: /^https?$/ }) asks for "http://" or "https://" and a URL the browser can parse,
// and returns the text trimmed and without tabs or line breaks: text with no white space at all is returned
// as it is.
const PLAIN_HTTP_URL = /^https?:\/\/\S+$/;

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function onlyKeys(value: Plain, allowed: Set<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

/** A string the schema's `.trim().min(1)` keeps as it is: not empty, no white space at either end. */
const isTrimmedText = (value: unknown, max = Number.POSITIVE_INFINITY): boolean =>
  typeof value === "string" && value.length > 0 && value.length <= max && value.trim() === value;

const isId = (value: unknown): boolean =>
  typeof value === "string" && value.length <= 80 && ID_PATTERN.test(value);

const isLocalizedText = (value: unknown): boolean => {
  if (typeof value === "string") return isTrimmedText(value);
  if (!isPlainObject(value) || !isTrimmedText(value.en)) return false;
  for (const key in value) {
    if (key === "en") continue;
    if (key !== "fr" || !isTrimmedText(value.fr)) return false;
  }
  return true;
};

const isOptionalString = (value: unknown, max: number) =>
  value === undefined || (typeof value === "string" && value.length <= max);

function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

function isEvent(value: unknown): boolean {
  if (!isPlainObject(value) || !onlyKeys(value, eventKeys)) return false;
  const { evidenceUrl } = value;
  return (
    isTrimmedText(value.id, 100) &&
    isId(value.commitmentId) &&
    parties.has(value.party) &&
    statuses.has(value.status) &&
    isOptionalString(value.note, 2000) &&
    isOptionalString(value.author, 200) &&
    (value.authorSide === undefined || parties.has(value.authorSide)) &&
    (value.from === undefined || statuses.has(value.from)) &&
    (evidenceUrl === undefined ||
      (typeof evidenceUrl === "string" && PLAIN_HTTP_URL.test(evidenceUrl) && URL.canParse(evidenceUrl))) &&
    typeof value.at === "string" &&
    DATETIME.test(value.at)
  );
}

function isQuoteTranslation(value: unknown): boolean {
  return isPlainObject(value) && onlyKeys(value, quoteTranslationKeys) && isTrimmedText(value.fr);
}

function isStatuses(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    if (!parties.has(key) || !statuses.has(value[key])) return false;
  }
  return true;
}

function isParties(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!parties.has(value[index]) || value.indexOf(value[index]) !== index) return false;
  }
  return true;
}

/**
 * The commitment as `commitmentSchema` would return it, when it plainly follows the schema; otherwise null
 * (it may still be valid: ask zod). The value returned is the input itself, which the schema would only
 * have copied.
 */
export function acceptPlainCommitment(value: unknown): Commitment | null {
  if (!isPlainObject(value) || !onlyKeys(value, commitmentKeys)) return null;
  const ok =
    isId(value.id) &&
    isId(value.initiativeId) &&
    isLocalizedText(value.title) &&
    isLocalizedText(value.description) &&
    isTrimmedText(value.sourceQuote) &&
    (value.sourceQuoteTranslation === undefined || isQuoteTranslation(value.sourceQuoteTranslation)) &&
    isParties(value.parties) &&
    (value.lead === undefined || parties.has(value.lead)) &&
    isArrayOf(value.themes, isId) &&
    (value.sectors === undefined || isArrayOf(value.sectors, isId)) &&
    (value.owners === undefined || isArrayOf(value.owners, (owner) => isTrimmedText(owner))) &&
    (value.dueDate === undefined || (typeof value.dueDate === "string" && DATE.test(value.dueDate))) &&
    isStatuses(value.statuses) &&
    isArrayOf(value.history, isEvent);
  return ok ? (value as Commitment) : null;
}
