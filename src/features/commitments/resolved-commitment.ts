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
