/**
 * One round's completeness, drawn on the server as SVG (no script, no chart library): a bar per state (on time, late,
 * returned, missing, pending) as long as its count of countries, the count after it and the countries' codes under
 * it. The image is named with the counts in words; the table that follows is the record, with a link to each report
 * (the chart holds no link, so it is one stop for the keyboard and one image for a screen reader).
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { type CompletenessState, completenessColours, completenessStates, type CountryCompleteness, countByState } from "./completeness-look";

const [width, left, right, rowHeight, barHeight, top] = [720, 132, 48, 46, 18, 8];
/** Codes written under a bar before the rest are counted ("+3"): about what fits across the chart. */
const codesShown = 24;

export async function CompletenessChart({ id, roundName, countries }: { id: string; roundName: string; countries: readonly CountryCompleteness[] }) {
  const [t, format] = await Promise.all([getTranslations("rounds.completeness"), getFormatter()]);
  const counts = countByState(countries.map((country) => country.state));
  const total = countries.length;
  const height = top + completenessStates.length * rowHeight;
  const plotWidth = width - left - right;
  const barWidth = (count: number) => (total === 0 ? 0 : (count / total) * plotWidth);
  const summary = completenessStates.map((state) => t("counted", { count: counts[state], state })).join(", ");
  const codesOf = (state: CompletenessState) => {
    const codes = countries.filter((country) => country.state === state).map((country) => country.countryCode);
    return codes.length > codesShown ? `${codes.slice(0, codesShown).join(" ")} ${t("more", { count: codes.length - codesShown })}` : codes.join(" ");
  };

  return (
    <figure className="my-4" id={id} data-chart="completeness">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("chartLabel", { round: roundName, total, summary })} className="h-auto w-full max-w-3xl">
        {completenessStates.map((state, index) => {
          const y = top + index * rowHeight;
          const length = barWidth(counts[state]);
          return (
            <g key={state} data-state={state} data-count={counts[state]}>
              <text x={left - 8} y={y + barHeight - 4} textAnchor="end" fontSize={12} fill="#1e293b">
                {t(`state.${state}`)}
              </text>
              <rect x={left} y={y} width={plotWidth} height={barHeight} fill="#f1f5f9" />
              {length > 0 ? <rect x={left} y={y} width={length} height={barHeight} fill={completenessColours[state]} /> : null}
              <text x={left + length + 6} y={y + barHeight - 4} fontSize={12} fontWeight={600} fill="#1e293b">
                {format.number(counts[state])}
              </text>
              <text x={left} y={y + barHeight + 15} fontSize={11} fill="#334155">
                {codesOf(state)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600">{t("caption", { total })}</figcaption>
    </figure>
  );
}
