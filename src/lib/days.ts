// Calendar days as the tracker's links write them (YYYY-MM-DD), read as UTC days: an as-of date or a range
// means the same instants for everyone who opens the link, wherever they are (decision 013).

const DAY = 24 * 60 * 60 * 1000;

const longDay = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 March 2026", for a day (YYYY-MM-DD) or an instant (ISO string or milliseconds), in UTC. */
export function formatDay(day: string | number): string {
  const time = typeof day === "number" ? day : Date.parse(day.length === 10 ? `${day}T00:00:00Z` : day);
  return longDay.format(new Date(time));
}

/** The UTC day (YYYY-MM-DD) of an instant. */
export function dayOf(time: number | string): string {
  return new Date(typeof time === "number" ? time : Date.parse(time)).toISOString().slice(0, 10);
}

/** The day `count` days after (or before, when negative) a day. */
export function addDays(day: string, count: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + count * DAY);
}

export function startOfDayUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function endOfDayUtc(day: string): number {
  return Date.parse(`${day}T23:59:59.999Z`);
}
