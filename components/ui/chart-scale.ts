/**
 * What the charts drawn on the server as SVG share (the costing's stacked shares, an indicator's series): a round
 * top for a value axis and its ticks. Small enough not to need a scale library.
 */

/** A round top for the axis: 1, 2 or 5 times a power of ten, at or above the largest value. */
export function axisTop(largest: number, empty = 0.01): number {
  if (!(largest > 0)) return empty;
  const power = 10 ** Math.floor(Math.log10(largest));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= largest) ?? 10 * power;
}

/** Ticks at every quarter of the axis, from zero to its top. */
export function quarterTicks(top: number): number[] {
  return [0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * top);
}
