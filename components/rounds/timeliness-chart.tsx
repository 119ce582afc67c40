/**
 * Timeliness across rounds, drawn on the server as SVG: one bar per round, oldest due date first, split by the share
 * of its countries on time, late, returned, missing and pending; each segment has its count as a tooltip and,
 * where it is wide enough, written in it. The legend names the colours; the table after it is the record.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { type CompletenessState, completenessColours, completenessStates } from "./completeness-look";

/** One round's counts of countries by state, with what names it (lib/rounds/completeness.ts gives more). */
type RoundCounts = { roundId: string; name: string; counts: Record<CompletenessState, number> };

const [width, left, right, rowHeight, barHeight, top, axisHeight] = [720, 200, 16, 30, 20, 8, 24];
/** A round's name longer than this is cut in the chart (whole in its tooltip and in the table). */
const nameLength = 28;

export async function TimelinessChart({ id, rounds }: { id: string; rounds: readonly RoundCounts[] }) {
  const [t, tCompleteness, format] = await Promise.all([getTranslations("rounds.timeliness"), getTranslations("rounds.completeness"), getFormatter()]);
  const tState = (state: CompletenessState) => tCompleteness(`state.${state}`);
  const plotWidth = width - left - right;
  const height = top + rounds.length * rowHeight + axisHeight;
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });

  return (
    <figure className="my-4" id={id} data-chart="timeliness">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={t("chartLabel", { count: rounds.length })} className="h-auto w-full max-w-3xl">
        {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
          <g key={tick}>
            <line x1={left + tick * plotWidth} x2={left + tick * plotWidth} y1={top} y2={height - axisHeight} stroke="#cbd5e1" strokeWidth={1} />
            <text x={left + tick * plotWidth} y={height - 8} textAnchor="middle" fontSize={11} fill="#334155">
              {percent(tick)}
            </text>
          </g>
        ))}
        {rounds.map((round, index) => {
          const y = top + index * rowHeight;
          const total = completenessStates.reduce((sum, state) => sum + round.counts[state], 0);
          let reached = 0;
          return (
            <g key={round.roundId} data-round={round.roundId}>
              <text x={left - 8} y={y + barHeight - 5} textAnchor="end" fontSize={12} fill="#1e293b">
                {round.name.length > nameLength ? `${round.name.slice(0, nameLength - 1)}…` : round.name}
                <title>{round.name}</title>
              </text>
              {completenessStates.map((state) => {
                const count = round.counts[state];
                if (total === 0 || count === 0) return null;
                const x = left + (reached / total) * plotWidth;
                const segment = (count / total) * plotWidth;
                reached += count;
                return (
                  <g key={state} data-state={state}>
                    {/* A white edge keeps neighbouring segments apart whatever their colours. */}
                    <rect x={x} y={y} width={segment} height={barHeight} fill={completenessColours[state]} stroke="#fff" strokeWidth={1}>
                      <title>{t("segment", { round: round.name, counted: tCompleteness("counted", { count, state }), share: percent(count / total) })}</title>
                    </rect>
                    {segment >= 22 ? (
                      <text x={x + segment / 2} y={y + barHeight - 6} textAnchor="middle" fontSize={11} fontWeight={600} fill="#fff">
                        {format.number(count)}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="sr-only">{t("legend")}: </span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {completenessStates.map((state) => (
            <li key={state} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3" style={{ backgroundColor: completenessColours[state] }} />
              {tState(state)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
