import { httpUrlSchema, type Status } from "@/features/commitments/status-event-schema";
import type { Message } from "@/lib/message";
import type { team } from "@/locales/en/team";

// What a change must carry to be recorded. The form says these rules before a save, and the store refuses a
// change that breaks them, so no path (form, card move, drop, bulk) can record one without them. The schema
// does not hold them: published and older events lack a reason.

/** A status that ends or endangers a commitment must be explained. */
export const statusesNeedingReason: readonly Status[] = ["done", "at_risk", "dropped"];

export const REASON_MAX_LENGTH = 2000; // the schema's limit for `note`: longer would not read back

export function needsReason(targets: readonly Status[]): boolean {
  return targets.some((status) => statusesNeedingReason.includes(status));
}

/**
 * Why a change is refused, as a key of the `team` texts' `rules` group, worded where it is shown. The
 * reason's text names the statuses that need one (`{{statuses}}`): the page lists them in its language.
 */
export type ChangeProblem = {
  field: "status" | "reason" | "evidenceUrl";
  text: Message<keyof typeof team.rules>;
};

export type CheckedChange =
  | { ok: true; reason: string | undefined; evidenceUrl: string | undefined }
  | { ok: false; problems: ChangeProblem[] };

/**
 * Checks the words that go with a change: a reason where the new status needs one, and an evidence link
 * that is an http: or https: address (anything else, `javascript:` included, is refused, never shown as a
 * link). Returns the values to record, trimmed, with empty ones left out.
 */
export function checkChange(input: {
  targets: readonly Status[];
  reason?: string | undefined;
  evidenceUrl?: string | undefined;
}): CheckedChange {
  const reason = input.reason?.trim().slice(0, REASON_MAX_LENGTH) || undefined;
  const link = input.evidenceUrl?.trim() || undefined;
  const problems: ChangeProblem[] = [];
  if (!reason && needsReason(input.targets)) {
    problems.push({ field: "reason", text: { key: "reasonRequired" } });
  }
  if (link && !httpUrlSchema.safeParse(link).success) {
    problems.push({ field: "evidenceUrl", text: { key: "evidenceNotHttp" } });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, reason, evidenceUrl: link };
}
