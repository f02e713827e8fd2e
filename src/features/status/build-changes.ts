import type { Party, Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { statusOf } from "@/features/commitments/status";
import { countOf } from "@/lib/count";
import type { LocalStatusEvent } from "./update-events";

/** One side's status of one commitment, from what it was to what it becomes. */
export type StatusChange = { commitmentId: string; party: Party; from?: Status; status: Status };

export type Identity = { name: string; side: Party };

/**
 * The events of one action: one per change, sharing a batch id (Undo takes them back together), each
 * saying who made it, from which side, when, from what, why, and with what evidence.
 */
export function buildStatusBatch(input: {
  changes: readonly StatusChange[];
  reason: string | undefined;
  evidenceUrl: string | undefined;
  author: Partial<Identity>;
  at: string;
  batchId: string;
  newId: () => string;
}): LocalStatusEvent[] {
  const { reason, evidenceUrl, author, at, batchId, newId } = input;
  const name = author.name?.trim();
  return input.changes.map(
    (change): LocalStatusEvent => ({
      kind: "status",
      id: newId(),
      batchId,
      commitmentId: change.commitmentId,
      party: change.party,
      ...(change.from ? { from: change.from } : {}),
      status: change.status,
      at,
      ...(reason ? { note: reason } : {}),
      ...(evidenceUrl ? { evidenceUrl } : {}),
      ...(name ? { author: name } : {}),
      ...(author.side ? { authorSide: author.side } : {}),
    }),
  );
}

export type BulkPlan = {
  changes: StatusChange[];
  /** Selected commitments that the side is not a party to: left alone. */
  notParty: ResolvedCommitment[];
  /** Selected commitments whose side already has that status: nothing to record. */
  unchanged: ResolvedCommitment[];
};

/** What setting one side's status on several commitments changes, and what it leaves alone and why. */
export function planBulkChange(items: readonly ResolvedCommitment[], party: Party, status: Status): BulkPlan {
  const plan: BulkPlan = { changes: [], notParty: [], unchanged: [] };
  for (const item of items) {
    if (!item.commitment.parties.includes(party)) plan.notParty.push(item);
    else if (statusOf(item.statuses, party) === status) plan.unchanged.push(item);
    else
      plan.changes.push({
        commitmentId: item.commitment.id,
        party,
        from: statusOf(item.statuses, party),
        status,
      });
  }
  return plan;
}

/** The changes of one commitment's sides to their new statuses (those that differ from now). */
export function changesOf(item: ResolvedCommitment, targets: Partial<Record<Party, Status>>): StatusChange[] {
  return item.commitment.parties.flatMap((party) => {
    const status = targets[party];
    const from = statusOf(item.statuses, party);
    return status && status !== from ? [{ commitmentId: item.commitment.id, party, from, status }] : [];
  });
}

/** What a bulk update did, in words: how many changed, and how many were left alone and why. */
export function bulkResultMessage(plan: BulkPlan, sideName: string, statusName: string): string {
  const parts: string[] = [];
  parts.push(
    plan.changes.length > 0
      ? `Set ${sideName} to ${statusName} on ${countOf(plan.changes.length, "commitment", "commitments")}.`
      : "Nothing changed.",
  );
  if (plan.notParty.length > 0) {
    const n = plan.notParty.length;
    parts.push(
      `${countOf(n, "commitment", "commitments")} skipped: ${sideName} is not a party to ${n === 1 ? "it" : "them"}.`,
    );
  }
  if (plan.unchanged.length > 0) {
    const n = plan.unchanged.length;
    parts.push(`${countOf(n, "commitment was", "commitments were")} already ${statusName} for ${sideName}.`);
  }
  return parts.join(" ");
}
