import type { Commitment, Party, StatusEvent } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { isDiverging, overallStatus, statusOf } from "@/features/commitments/status";
import type { LocalStatusEvent } from "./update-events";

function newest<T extends { at: string }>(events: readonly T[]): T | undefined {
  let found: T | undefined;
  let foundAt = Number.NaN;
  // Each time read once: resolving 100,000 commitments parses a few hundred thousand of them.
  for (const event of events) {
    const at = Date.parse(event.at);
    if (!found || at >= foundAt) {
      found = event;
      foundAt = at;
    }
  }
  return found;
}

/**
 * When a side's published status was set: its newest history event, or the file's `updatedAt` when the file
 * is newer still (an editor may change a status by hand, without an event). A local update counts only
 * when it is newer than this.
 */
export function publishedTimeOf(commitment: Commitment, party: Party, publishedAt?: string): number {
  const published = newest(commitment.history.filter((event) => event.party === party));
  return Math.max(
    published ? Date.parse(published.at) : Number.NEGATIVE_INFINITY,
    publishedAt ? Date.parse(publishedAt) : Number.NEGATIVE_INFINITY,
  );
}

/**
 * Applies this browser's updates to the published statuses (DESIGN.md: "the published status with the newer
 * events applied"). A local update counts when it is not already in the file (same event id) and is newer
 * than the published status: its newest history event for that side, or the file's `updatedAt` when the
 * file is newer still (an editor may change a status by hand, without an event).
 */
export function resolveCommitment(
  commitment: Commitment,
  localEvents: readonly LocalStatusEvent[],
  publishedAt?: string,
): ResolvedCommitment {
  // Without local events (every commitment but a few), nothing to set against the history.
  const publishedIds = localEvents.length > 0 ? new Set(commitment.history.map((event) => event.id)) : null;
  const unpublished = publishedIds ? localEvents.filter((event) => !publishedIds.has(event.id)) : [];
  const statuses: ResolvedCommitment["statuses"] = {};
  const pendingParties: Party[] = [];

  for (const party of commitment.parties) {
    const local =
      unpublished.length > 0 ? newest(unpublished.filter((event) => event.party === party)) : undefined;
    if (local && Date.parse(local.at) > publishedTimeOf(commitment, party, publishedAt)) {
      statuses[party] = local.status;
      pendingParties.push(party);
    } else {
      statuses[party] = statusOf(commitment.statuses, party);
    }
  }

  const last = newest<StatusEvent>(
    unpublished.length > 0 ? [...commitment.history, ...unpublished] : commitment.history,
  );
  return resolvedFrom(commitment, statuses, pendingParties, last);
}

/** A commitment with its sides' statuses settled: what the views show (today's, or as of a date). */
export function resolvedFrom(
  commitment: Commitment,
  statuses: ResolvedCommitment["statuses"],
  pendingParties: Party[],
  last: StatusEvent | undefined,
): ResolvedCommitment {
  return {
    commitment,
    statuses,
    overall: overallStatus(commitment.parties, statuses),
    diverging: isDiverging(commitment.parties, statuses),
    pendingParties,
    ...(last ? { lastUpdatedAt: last.at } : {}),
  };
}

/** Resolves every commitment, looking at each one's own local events only. */
export function resolveCommitments(
  commitments: readonly Commitment[],
  localEvents: readonly LocalStatusEvent[],
  publishedAt?: string,
): ResolvedCommitment[] {
  const byCommitment = new Map<string, LocalStatusEvent[]>();
  for (const event of localEvents) {
    const list = byCommitment.get(event.commitmentId);
    if (list) list.push(event);
    else byCommitment.set(event.commitmentId, [event]);
  }
  return commitments.map((commitment) =>
    resolveCommitment(commitment, byCommitment.get(commitment.id) ?? [], publishedAt),
  );
}
