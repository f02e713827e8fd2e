import type { Commitment, Party, Status } from "./dataset-schema";

/**
 * A published commitment with this browser's updates applied: what every view shows. Computed by the
 * status feature, never stored.
 */
export type ResolvedCommitment = {
  commitment: Commitment;
  /** Each of the commitment's parties' status, after local updates. */
  statuses: Partial<Record<Party, Status>>;
  overall: Status;
  diverging: boolean;
  /** Parties whose status comes from an update made in this browser, not yet in the published file. */
  pendingParties: Party[];
  /** When the newest update (published or local) was made, if any. */
  lastUpdatedAt?: string;
};

/**
 * The status a view shows and filters on: one side's when the view is narrowed to exactly that side
 * (DESIGN.md: party=fr&status=at_risk means France's status), else the overall status. Undefined when the
 * side is not a party to the commitment.
 */
export function statusForView(item: ResolvedCommitment, party: Party | null): Status | undefined {
  return party ? item.statuses[party] : item.overall;
}
