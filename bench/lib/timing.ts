/** Medians and percentiles, which these noisy two-core machines need rather than means. */

/** The median of some figures (the mean of the middle two when their number is even). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median milliseconds of `runs` calls of `work`, after `warmUps` calls that are not counted. */
export async function medianTime(work: () => unknown, runs: number, warmUps = 1): Promise<number> {
  for (let call = 0; call < warmUps; call++) await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The value below which `fraction` of the values fall (the nearest rank; 0 when there are none). */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]! : 0;
}
