/** A date-only value ("2024-03-14") as a Date at midday UTC, so that formatting it in UTC never shifts the day. */
export function dateOnly(value: string): Date {
  return new Date(`${value}T12:00:00Z`);
}

export const dateOnlyFormat = { dateStyle: "long", timeZone: "UTC" } as const;
