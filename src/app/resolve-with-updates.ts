import type { Commitment } from "@/features/commitments/dataset-schema";
import type { ResolvedCommitment } from "@/features/commitments/resolved-commitment";
import { resolveCommitment } from "@/features/status/resolve-statuses";
import type { LocalStatusEvent } from "@/features/status/update-events";

/**
 * resolveCommitments, incrementally: `published` is every commitment resolved without local updates (made
 * once per data file); only the commitments that have local updates are resolved again. The others keep their
 * object, so a view (a memoised row, a card) can tell at once that they did not change. With 100,000
 * commitments, a status change costs one pass over an array instead of resolving them all.
 */
export function resolveWithUpdates(
  commitments: readonly Commitment[],
  published: readonly ResolvedCommitment[],
  localEvents: readonly LocalStatusEvent[],
  publishedAt?: string,
): readonly ResolvedCommitment[] {
  if (localEvents.length === 0) return published;
  const byCommitment = new Map<string, LocalStatusEvent[]>();
  for (const event of localEvents) {
    const list = byCommitment.get(event.commitmentId);
    if (list) list.push(event);
    else byCommitment.set(event.commitmentId, [event]);
  }
  return published.map((item, index) => {
    const events = byCommitment.get(item.commitment.id);
    return events ? resolveCommitment(commitments[index] as Commitment, events, publishedAt) : item;
  });
}
