import type { TFunction } from "i18next";
import type { Commitment, Initiative } from "@/features/commitments/dataset-schema";
import { localize } from "@/features/commitments/localize";
import { DEFAULT_STATUS } from "@/features/commitments/status";
import {
  type Party,
  partySchema,
  type Status,
  statusSchema,
} from "@/features/commitments/status-event-schema";
import { dayOf } from "@/lib/days";
import { formatDate } from "@/lib/intl-format";
import type { Lang } from "@/lib/languages";
import { groupByCommitment, statusTimelines } from "./resolve-as-of";
import { activeReviewEvents, activeStatusEvents, type LocalEvent } from "./update-events";

// What changed in a range of days (issue 6, the Changes view): the published history and this browser's
// updates that stand (undone ones are left out), and reviews, each told in words, ready for a weekly report.

export type Change = {
  id: string;
  commitmentId: string;
  at: string;
  /** Made in this browser, not in the published file. */
  local: boolean;
  author?: string;
  authorSide?: Party;
} & (
  | { kind: "status"; party: Party; from: Status; to: Status; note?: string; evidenceUrl?: string }
  | { kind: "review" }
);

/** A field a newer event may carry (the status before, the author's side), read only if it is valid. */
function recorded<T>(
  event: object,
  key: string,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
) {
  const value = (event as Record<string, unknown>)[key];
  const parsed = schema.safeParse(value);
  return parsed.success ? (parsed.data as T) : undefined;
}

/**
 * The changes to these commitments made from `start` to `end` (milliseconds, both included), newest first.
 * "From" is the status recorded with the change when there is one, else the side's status just before it.
 */
export function listChanges(
  commitments: readonly Commitment[],
  localEvents: readonly LocalEvent[],
  publishedAt: string | undefined,
  start: number,
  end: number,
): Change[] {
  const inRange = (at: string) => {
    const time = Date.parse(at);
    return time >= start && time <= end;
  };
  const localStatus = groupByCommitment(activeStatusEvents(localEvents));
  const reviews = groupByCommitment(activeReviewEvents(localEvents));
  const changes: Change[] = [];
  for (const commitment of commitments) {
    const local = localStatus.get(commitment.id) ?? [];
    const hasChange =
      commitment.history.some((event) => inRange(event.at)) || local.some((event) => inRange(event.at));
    if (hasChange) {
      const timelines = statusTimelines(commitment, local, publishedAt);
      for (const party of commitment.parties) {
        const timeline = timelines[party];
        timeline.forEach((entry, index) => {
          const { event } = entry;
          if (!event || !inRange(event.at)) return;
          const authorSide = recorded<Party>(event, "authorSide", partySchema);
          changes.push({
            kind: "status",
            id: event.id,
            commitmentId: commitment.id,
            at: event.at,
            local: entry.source === "local",
            party,
            from:
              recorded<Status>(event, "from", statusSchema) ?? timeline[index - 1]?.status ?? DEFAULT_STATUS,
            to: event.status,
            ...(event.author ? { author: event.author } : {}),
            ...(authorSide ? { authorSide } : {}),
            ...(event.note ? { note: event.note } : {}),
            ...(event.evidenceUrl ? { evidenceUrl: event.evidenceUrl } : {}),
          });
        });
      }
    }
    for (const review of reviews.get(commitment.id) ?? []) {
      if (!inRange(review.at)) continue;
      changes.push({
        kind: "review",
        id: review.id,
        commitmentId: commitment.id,
        at: review.at,
        local: true,
        ...(review.author ? { author: review.author } : {}),
        ...(review.authorSide ? { authorSide: review.authorSide } : {}),
      });
    }
  }
  return changes.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** Texts, status and side names, and language of the words a change is told in (the page's, or a report's). */
export type Wording = {
  t: TFunction<"time">;
  lang: Lang;
  labels: { status: (id: Status) => string; party: (id: Party) => string };
};

/** One change in words: "Claire Martin (France) moved the France side from In progress to Done on 3 March 2026: Signed." */
export function describeChange(change: Change, { t, lang, labels }: Wording): string {
  const who = change.author
    ? change.authorSide
      ? t("changes.authorWithSide", { author: change.author, side: labels.party(change.authorSide) })
      : change.author
    : t("changes.someone");
  const day = formatDate(lang, dayOf(change.at));
  const sentence =
    change.kind === "review"
      ? t("changes.reviewed", { who, day })
      : change.note
        ? t("changes.movedBecause", {
            who,
            day,
            party: labels.party(change.party),
            from: labels.status(change.from),
            to: labels.status(change.to),
            note: change.note,
          })
        : `${t("changes.moved", {
            who,
            day,
            party: labels.party(change.party),
            from: labels.status(change.from),
            to: labels.status(change.to),
          })}.`;
  return change.local ? `${sentence} ${t("changes.local")}` : sentence;
}

export type ChangeGroup = { key: string; title: string; changes: Change[] };
export type GroupChangesBy = "initiative" | "day";

/** Changes by initiative (in the data's order) or by day (newest first); within a group, newest first. */
export function groupChanges(
  changes: readonly Change[],
  by: GroupChangesBy,
  commitments: ReadonlyMap<string, Commitment>,
  initiatives: readonly Initiative[],
  lang: Lang,
): ChangeGroup[] {
  const groups = new Map<string, Change[]>();
  const keyOf = (change: Change) =>
    by === "day" ? dayOf(change.at) : (commitments.get(change.commitmentId)?.initiativeId ?? "");
  for (const change of changes) {
    const key = keyOf(change);
    const list = groups.get(key);
    if (list) list.push(change);
    else groups.set(key, [change]);
  }
  if (by === "day") {
    return [...groups].map(([key, list]) => ({ key, title: formatDate(lang, key), changes: list }));
  }
  return initiatives
    .filter((initiative) => groups.has(initiative.id))
    .map((initiative) => ({
      key: initiative.id,
      title: localize(initiative.title, lang),
      changes: groups.get(initiative.id) ?? [],
    }));
}

/** The plain-text weekly report: a heading, the range, then each group and its changes in words. */
export function changesReport(
  groups: readonly ChangeGroup[],
  commitments: ReadonlyMap<string, Commitment>,
  range: { from: string; to: string },
  wording: Wording,
): string {
  const { t, lang } = wording;
  const lines: string[] = [
    t("changes.reportTitle", { from: formatDate(lang, range.from), to: formatDate(lang, range.to) }),
  ];
  if (groups.length === 0) lines.push("", t("changes.reportEmpty"));
  for (const group of groups) {
    lines.push("", group.title);
    for (const change of group.changes) {
      const commitment = commitments.get(change.commitmentId);
      const title = commitment ? localize(commitment.title, lang) : change.commitmentId;
      lines.push(`- ${title}: ${describeChange(change, wording)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
