/**
 * A package's cost as a share of GDP, year by year, stacked by scenario: drawn on the server as SVG (no script, no
 * chart library), each segment's colour named in the legend and separated by a white gap, the figures in the table
 * that follows it (the chart adds the shape; the table is the record). A year whose share is not known has no bar
 * and says so under its label.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import type { PackageRow } from "@/lib/costing/packages";
import { axisTop, quarterTicks } from "@/components/ui/chart-scale";
import { formatShare } from "./figures";

/** Dark enough to stand 3:1 against white (WCAG 1.4.11), told apart by hue; a ninth scenario takes the first colour again. */
export const scenarioColours = ["#1d4ed8", "#b45309", "#047857", "#a21caf", "#475569", "#b91c1c", "#4338ca", "#0e7490"] as const;

const [width, height, left, bottom, top] = [720, 260, 56, 28, 12];

export async function GdpShareChart({ rows, scenarios, title }: { rows: PackageRow[]; scenarios: { id: string; name: string }[]; title: string }) {
  const [t, format] = await Promise.all([getTranslations("costing.chart"), getFormatter()]);
  const colourOf = new Map(scenarios.map((scenario, index) => [scenario.id, scenarioColours[index % scenarioColours.length]!]));
  const largest = Math.max(0, ...rows.map((row) => Number(row.shareOfGdp ?? 0)));
  const top_ = axisTop(largest);
  const plotHeight = height - bottom - top;
  const band = (width - left) / Math.max(rows.length, 1);
  const y = (share: number) => top + plotHeight - (share / top_) * plotHeight;
  const ticks = quarterTicks(top_);
  return (
    <figure className="my-4">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("label", { title })} className="h-auto w-full max-w-3xl">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth={1} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#334155">
              {formatShare(format, String(tick), tick < 0.01 ? 2 : 1)}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const x = left + index * band + band * 0.15;
          let reached = 0;
          return (
            <g key={row.year}>
              {row.shareOfGdp === null
                ? null
                : row.scenarios.map((part) => {
                    const share = Number(part.shareOfGdp ?? 0);
                    const rect = <rect key={part.scenarioId} x={x} width={band * 0.7} y={y(reached + share)} height={Math.max(0, y(reached) - y(reached + share))} fill={colourOf.get(part.scenarioId)} stroke="#fff" strokeWidth={1} />;
                    reached += share;
                    return rect;
                  })}
              <text x={x + band * 0.35} y={height - bottom + 14} textAnchor="middle" fontSize={11} fill="#334155">
                {row.year}
              </text>
              {row.shareOfGdp === null ? (
                <text x={x + band * 0.35} y={height - bottom + 25} textAnchor="middle" fontSize={10} fill="#92400e">
                  {t("unknown")}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="sr-only">{t("legend")}: </span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: colourOf.get(scenario.id) }} />
              {scenario.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
