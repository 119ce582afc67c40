/**
 * The classes a world map colours countries by: named categories (a status), or ranges of a value cut at breaks
 * (steps completed, an indicator's latest value). The legend names every class, so colour is never alone.
 */

/** A class of the legend: its key (what a country carries), its name in the reader's language, its colour. */
export type MapClass = { key: string; label: string; colour: string };

/** For categories: dark enough to stand 3:1 against white and the grey of countries without data, told apart by hue. */
export const categoricalColours = ["#1d4ed8", "#b45309", "#047857", "#a21caf", "#475569", "#b91c1c", "#4338ca", "#0e7490"] as const;

/** For ranges, light to dark: ColorBrewer's YlGnBu without its palest yellow, which vanished on white. */
export const sequentialColours = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"] as const;

/** Countries without data: grey, a hue none of the classes use. */
export const noDataColour = "#e2e8f0";

/** Which range a value falls in, among ascending breaks: 0 below the first break, breaks.length at or above the last. */
export function rangeOf(value: number, breaks: readonly number[]): number {
  return breaks.filter((edge) => value >= edge).length;
}

/**
 * The classes of ranges cut at ascending breaks (at most four: five colours), keyed "0", "1"… as `rangeOf` numbers
 * them. `label` names a range by its bounds: `from` is absent for the first, `below` for the last.
 */
export function rangeClasses(breaks: readonly number[], label: (range: { from?: number; below?: number }) => string): MapClass[] {
  if (breaks.length >= sequentialColours.length) throw new RangeError(`At most ${sequentialColours.length - 1} breaks`);
  const count = breaks.length + 1;
  // Fewer classes than colours spread over the scale, so neighbours stay far apart.
  const colourAt = (index: number) => sequentialColours[Math.round((index * (sequentialColours.length - 1)) / Math.max(count - 1, 1))]!;
  return Array.from({ length: count }, (_, index) => ({
    key: String(index),
    label: label({ from: index === 0 ? undefined : breaks[index - 1], below: index === breaks.length ? undefined : breaks[index] }),
    colour: colourAt(index),
  }));
}

/** The classes of categories, in the order given, each with the next categorical colour. */
export function categoryClasses<Key extends string>(keys: readonly Key[], label: (key: Key) => string): MapClass[] {
  return keys.map((key, index) => ({ key, label: label(key), colour: categoricalColours[index % categoricalColours.length]! }));
}
