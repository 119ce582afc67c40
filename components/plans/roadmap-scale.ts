/**
 * The roadmap's time axis: days (ISO dates, read as UTC) placed on a line, the range padded to whole months, and
 * ticks every month, quarter or year depending on the span so that labels never crowd. Plain arithmetic, no scale
 * library: the chart is drawn once on the server.
 */

const dayMs = 86_400_000;

/** Days since 1970-01-01 of an ISO date ("2026-12-03"). */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / dayMs);
}

/** The ISO date of a day number. */
export function isoDay(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

export type RoadmapTick = {
  day: string;
  /** A tick that starts a year: its label names the year, the others a month. */
  yearStart: boolean;
};

export type RoadmapScale = {
  first: string;
  last: string;
  /** The x of a day between `left` and `right`, clamped to them. */
  x: (day: string) => number;
  ticks: RoadmapTick[];
  /** Months between ticks: 1, 3, 6 or 12. */
  tickMonths: number;
};

const monthStart = (year: number, month: number) => `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}-01`;

/**
 * The scale for these days: from the first day of the earliest one's month to the first day of the month after the
 * latest one, at least three months wide, drawn from `left` to `right`.
 */
export function roadmapScale(days: string[], left: number, right: number): RoadmapScale {
  const numbers = days.map(dayNumber);
  const earliest = new Date(Math.min(...numbers) * dayMs);
  const latest = new Date(Math.max(...numbers) * dayMs);
  let startYear = earliest.getUTCFullYear();
  let startMonth = earliest.getUTCMonth();
  let months = (latest.getUTCFullYear() - startYear) * 12 + latest.getUTCMonth() - startMonth + 1;
  if (months < 3) {
    // A plan within one month still shows its neighbours, so a bar is never the whole width.
    startMonth -= 1;
    months = 3;
  }
  if (startMonth < 0) {
    startMonth += 12;
    startYear -= 1;
  }
  const monthAt = (offset: number) => {
    const index = startMonth + offset;
    return monthStart(startYear + Math.floor(index / 12), ((index % 12) + 12) % 12);
  };
  const first = monthAt(0);
  const last = monthAt(months);
  const from = dayNumber(first);
  const span = dayNumber(last) - from;
  const x = (day: string) => left + (Math.min(Math.max(dayNumber(day) - from, 0), span) / span) * (right - left);
  // About a dozen ticks at most across the width.
  const tickMonths = [1, 3, 6, 12].find((candidate) => months / candidate <= 12) ?? 12 * Math.ceil(months / 144);
  const ticks: RoadmapTick[] = [];
  for (let offset = 0; offset <= months; offset += 1) {
    const index = startMonth + offset;
    const month = ((index % 12) + 12) % 12;
    if (month % Math.min(tickMonths, 12) !== 0 && offset !== 0) continue;
    const year = startYear + Math.floor(index / 12);
    if (tickMonths > 12 && (month !== 0 || year % (tickMonths / 12) !== 0)) continue;
    ticks.push({ day: monthStart(year, month), yearStart: month === 0 || offset === 0 });
  }
  return { first, last, x, ticks, tickMonths };
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
