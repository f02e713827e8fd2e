import type { Party, Status } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { statusOf } from "@/features/commitments/status";
import type { Say } from "./say";
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

/** What a bulk update did: how many changed, how many were left alone and why. Worded where it is shown. */
export type BulkResult = {
  party: Party;
  status: Status;
  changed: number;
  notParty: number;
  unchanged: number;
};

export function bulkResultOf(plan: BulkPlan, party: Party, status: Status): BulkResult {
  return {
    party,
    status,
    changed: plan.changes.length,
    notParty: plan.notParty.length,
    unchanged: plan.unchanged.length,
  };
}

/** A bulk update's result in words ("Set France to At risk on 2 commitments. 1 commitment skipped: …"). */
export function bulkResultWords(result: BulkResult, say: Say): string {
  const values = {
    side: say(`team:side.inSentence.${result.party}`),
    sideOf: say(`team:side.of.${result.party}`),
    status: say(`commitments:status.${result.status}`),
  };
  const parts = [
    result.changed > 0
      ? say("team:bulk.set", { ...values, count: result.changed })
      : say("team:bulk.nothing"),
  ];
  if (result.notParty > 0) parts.push(say("team:bulk.notParty", { ...values, count: result.notParty }));
  if (result.unchanged > 0) parts.push(say("team:bulk.unchanged", { ...values, count: result.unchanged }));
  return parts.join(" ");
}
