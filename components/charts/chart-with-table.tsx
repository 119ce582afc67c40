/** A chart and the table with its figures, side by side (stacked on a phone): the table is how a screen reader, or anyone wanting exact values, reads the chart. */
import type { ReactNode } from "react";

export function ChartWithTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[3fr_2fr]">
      <div className="min-w-0">{chart}</div>
      {/* Scrolls both ways and is focusable, so that a keyboard can scroll a long or wide table (axe: scrollable-region-focusable). */}
      <div className="max-h-96 overflow-auto focus-visible:outline-2 focus-visible:outline-sky-700" tabIndex={0}>
        {table}
      </div>
    </div>
  );
}
