import type { Party, PartyStatuses, Status } from "./dataset-schema";

// A shape per status, so that status is never told by colour alone.
export const statusGlyphs: Record<Status, string> = {
  not_started: "○",
  in_progress: "◐",
  at_risk: "▲",
  done: "✓",
  dropped: "✕",
};

/** A party with no status yet has not started: the announcement itself is the starting point. */
export const DEFAULT_STATUS: Status = "not_started";

export function statusOf(statuses: PartyStatuses, party: Party): Status {
  return statuses[party] ?? DEFAULT_STATUS;
}

/**
 * The commitment's overall status, derived from each party's (DESIGN.md, "A status for each side"):
 * all dropped → dropped; otherwise, leaving dropped parties out, all done → done; any at risk → at risk;
 * all not started → not started; else in progress.
 */
export function overallStatus(parties: readonly Party[], statuses: PartyStatuses): Status {
  const all = parties.map((party) => statusOf(statuses, party));
  const active = all.filter((status) => status !== "dropped");
  if (active.length === 0) return "dropped";
  if (active.every((status) => status === "done")) return "done";
  if (active.includes("at_risk")) return "at_risk";
  if (active.every((status) => status === "not_started")) return "not_started";
  return "in_progress";
}

/** The two sides' statuses differ. A commitment with one party never diverges. */
export function isDiverging(parties: readonly Party[], statuses: PartyStatuses): boolean {
  return new Set(parties.map((party) => statusOf(statuses, party))).size > 1;
}

/**
 * Which parties' statuses to set so that the commitment's overall status becomes `target` (a card moved to
 * a column of the board). Dropped parties stay dropped unless everyone is, or the target is dropped.
 */
export function partyChangesForMove(
  parties: readonly Party[],
  statuses: PartyStatuses,
  target: Status,
): Party[] {
  const differing = (party: Party) => statusOf(statuses, party) !== target;
  if (target === "dropped") return parties.filter(differing);
  const active = parties.filter((party) => statusOf(statuses, party) !== "dropped");
  const toChange = (active.length > 0 ? active : parties).filter(differing);
  return toChange;
}
