import type { StatusEvent } from "@/features/commitments/dataset-schema";
import type { Say } from "./say";

// The history of a commitment told in words: "Claire Martin (France) moved it from In progress to Done on
// 3 March: Signed in Paris." Pure, so that every wording is tested; the date formatter is given, so the
// page can pass the reader's language and time zone (the i18n foundation will bring one formatter).

export type DayFormatter = (at: string) => string;

/**
 * "3 March", or "3 March 2025" outside the current year, in the reader's time zone unless one is given.
 * Through Intl, so the words follow the locale.
 */
export function dayFormatter(options: { locale?: string; now?: Date; timeZone?: string } = {}): DayFormatter {
  const { locale = "en-GB", now = new Date(), timeZone } = options;
  const zone = timeZone ? { timeZone } : {};
  const year = new Intl.DateTimeFormat("en", { year: "numeric", ...zone });
  const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", ...zone });
  const long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", ...zone });
  const thisYear = year.format(now);
  return (at) => {
    const date = new Date(at);
    return year.format(date) === thisYear ? short.format(date) : long.format(date);
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type TimelineOptions = { singleParty: boolean; day: DayFormatter; say: Say };

/**
 * One event of the history as a sentence, without its reason (the page shows the reason apart, as text, and
 * the evidence as a link). `singleParty`: the commitment binds one side only, so "it" is unambiguous.
 * Worded by `say` (the page's language; team namespace).
 */
export function timelineSentence(event: StatusEvent, options: TimelineOptions): string {
  const { say } = options;
  const subject = options.singleParty
    ? say("team:timeline.it")
    : say(`team:timeline.statusOf.${event.party}`);
  const to = say(`commitments:status.${event.status}`);
  const from = event.from ? say(`commitments:status.${event.from}`) : "";
  const day = options.day(event.at);
  const author = event.author?.trim();
  const who = author
    ? event.authorSide
      ? say("team:timeline.whoWithSide", { name: author, side: say(`commitments:party.${event.authorSide}`) })
      : author
    : null;
  if (who) {
    return event.from
      ? say("team:timeline.byMoved", { who, subject, from, to, day })
      : say("team:timeline.bySet", { who, subject, to, day });
  }
  return capitalize(
    event.from
      ? say("team:timeline.moved", { subject, from, to, day })
      : say("team:timeline.set", { subject, to, day }),
  );
}

/** The sentence with its reason, as one line of text: "… on 3 March: Signed in Paris." */
export function timelineLine(event: StatusEvent, options: TimelineOptions): string {
  const sentence = timelineSentence(event, options);
  const reason = event.note?.trim();
  if (!reason) return `${sentence}.`;
  const line = options.say("team:timeline.withReason", { sentence, reason });
  return `${line}${/[.!?…]$/.test(reason) ? "" : "."}`;
}
