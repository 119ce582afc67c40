/**
 * One followed indicator over time, drawn on the server as SVG (no script, no chart library), as the costing's chart
 * is: the accepted values as a line with points (the total, and female and male where given), the baseline as a
 * marked point with a dashed line across, the targets as outlined squares; the value axis names the unit. Each point
 * has its figure as a tooltip; the table that follows is the record of the figures and what screen readers read.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { axisTop, quarterTicks } from "@/components/ui/chart-scale";
import type { CountryIndicatorView } from "@/lib/results/read-country-indicators";
import { formatIndicatorFigure, periodMiddle } from "./indicator-figures";

/** Dark enough to stand 3:1 against white (WCAG 1.4.11), told apart by hue and by the line's dash too. */
export const seriesStyles = {
  total: { colour: "#1d4ed8", dash: undefined },
  female: { colour: "#a21caf", dash: "6 3" },
  male: { colour: "#047857", dash: "2 3" },
} as const;
const baselineColour = "#475569";
const targetColour = "#b45309";

const [width, height, left, right, bottom, top] = [720, 280, 64, 20, 40, 16];

type ChartInput = Pick<CountryIndicatorView, "values" | "baseline" | "targets"> & { indicator: Pick<CountryIndicatorView["indicator"], "unit"> };

export async function IndicatorChart({ id, title, followed }: { id: string; title: string; followed: ChartInput }) {
  const [t, format] = await Promise.all([getTranslations("countryResults.chart"), getFormatter()]);
  const { values, baseline, targets } = followed;
  if (values.length === 0 && !baseline && targets.length === 0) {
    return (
      <p className="my-4 text-sm text-slate-600" data-chart="empty">
        {t("nothing")}
      </p>
    );
  }
  const points = values.map((value) => ({ ...value, x: periodMiddle(value.periodStart, value.periodEnd), y: Number(value.value) }));
  const marks = [
    ...points.map((point) => ({ x: point.x, y: point.y })),
    ...(baseline ? [{ x: baseline.year + 0.5, y: Number(baseline.value) }] : []),
    ...targets.map((target) => ({ x: target.year + 0.5, y: Number(target.value) })),
  ];
  // Whole years at the edges, one year of room when all marks fall in one.
  const first = Math.floor(Math.min(...marks.map((mark) => mark.x)));
  const last = Math.max(first + 1, Math.ceil(Math.max(...marks.map((mark) => mark.x))));
  const highest = axisTop(Math.max(...marks.map((mark) => mark.y)), 1);
  const yTop = followed.indicator.unit === "percent" ? Math.min(highest, 100) : highest;
  const plotWidth = width - left - right;
  const plotHeight = height - bottom - top;
  const x = (year: number) => left + ((year - first) / (last - first)) * plotWidth;
  const y = (value: number) => top + plotHeight - (Math.max(0, Math.min(value, yTop)) / yTop) * plotHeight;
  const step = Math.max(1, Math.ceil((last - first) / 12));
  const years = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, index) => first + index * step);
  const sexes = (["total", "female", "male"] as const).filter((sex) => points.some((point) => point.sex === sex));
  const figure = (value: string) => formatIndicatorFigure(format, value);

  return (
    <figure className="my-4" id={id}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("label", { title })} className="h-auto w-full max-w-3xl">
        {quarterTicks(yTop).map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke="#cbd5e1" strokeWidth={1} />
            <text x={left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#334155">
              {figure(String(tick))}
            </text>
          </g>
        ))}
        <text x={14} y={top + plotHeight / 2} transform={`rotate(-90 14 ${top + plotHeight / 2})`} textAnchor="middle" fontSize={11} fill="#334155">
          {t(`axis.${followed.indicator.unit}`)}
        </text>
        {years.map((year) => (
          <text key={year} x={x(year + 0.5)} y={height - bottom + 16} textAnchor="middle" fontSize={11} fill="#334155">
            {year}
          </text>
        ))}
        <text x={left + plotWidth / 2} y={height - 6} textAnchor="middle" fontSize={11} fill="#334155">
          {t("axis.year")}
        </text>
        {baseline ? (
          <g data-mark="baseline">
            <line x1={left} x2={width - right} y1={y(Number(baseline.value))} y2={y(Number(baseline.value))} stroke={baselineColour} strokeDasharray="4 4" strokeWidth={1.5} />
            <path d={diamond(x(baseline.year + 0.5), y(Number(baseline.value)))} fill={baselineColour}>
              <title>{t("baselinePoint", { year: baseline.year, value: figure(baseline.value) })}</title>
            </path>
          </g>
        ) : null}
        {targets.map((target) => (
          <rect key={target.year} data-mark="target" x={x(target.year + 0.5) - 6} y={y(Number(target.value)) - 6} width={12} height={12} fill="#fff" stroke={targetColour} strokeWidth={2.5}>
            <title>{t("targetPoint", { year: target.year, value: figure(target.value) })}</title>
          </rect>
        ))}
        {sexes.map((sex) => {
          const own = points.filter((point) => point.sex === sex);
          const style = seriesStyles[sex];
          return (
            <g key={sex} data-series={sex}>
              {own.length > 1 ? (
                <polyline points={own.map((point) => `${x(point.x)},${y(point.y)}`).join(" ")} fill="none" stroke={style.colour} strokeWidth={2} strokeDasharray={style.dash} />
              ) : null}
              {own.map((point) => (
                <circle key={point.id} data-period={point.period} cx={x(point.x)} cy={y(point.y)} r={4} fill={style.colour}>
                  <title>{t("valuePoint", { period: point.period, sex: t(`sex.${sex}`), value: figure(point.value) })}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm">
        {points.length === 0 ? <p className="mb-1 text-slate-600">{t("noValues")}</p> : null}
        <span className="sr-only">{t("legend")}: </span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {sexes.map((sex) => (
            <li key={sex} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: seriesStyles[sex].colour }} />
              {t(`sex.${sex}`)}
            </li>
          ))}
          {baseline ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rotate-45" style={{ backgroundColor: baselineColour }} />
              {t("baseline")}
            </li>
          ) : null}
          {targets.length > 0 ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 border-2 bg-white" style={{ borderColor: targetColour }} />
              {t("targets")}
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}

/** A diamond of 7 px around a point: the baseline's mark. */
function diamond(cx: number, cy: number): string {
  return `M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z`;
}
