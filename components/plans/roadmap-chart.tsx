/**
 * A country's roadmap, drawn on the server as SVG (no script, no chart library; decision 2030): a row per step in the
 * country's order with its planned bar, its actual bar beneath (first milestone to completion, or to today while under
 * way), the chosen baseline's bar as a thin line under both, planned milestones as diamonds, a today line, month or
 * year ticks in the reader's language and the slippage in days at the row's end. It holds no link (axe's
 * nested-interactive): the table that follows carries them and says the same in text.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { type Roadmap, type RoadmapMilestone, type RoadmapStep, roadmapDays } from "./roadmap-data";
import { roadmapScale } from "./roadmap-scale";

/** Each stands 3:1 or more against white (WCAG 1.4.11) and differs from the others by shape as well as hue. */
export const roadmapColours = {
  planned: { fill: "#dbeafe", stroke: "#1d4ed8" },
  actual: "#047857",
  baseline: "#475569",
  logged: "#0f172a",
  late: "#b91c1c",
  today: "#be123c",
  grid: "#e2e8f0",
  text: "#334155",
} as const;

const [width, labelWidth, slipWidth, top, rowHeight] = [960, 240, 84, 46, 40];
const [plotLeft, plotRight] = [labelWidth, width - slipWidth];

/** The step's name as it fits its column; the table gives it whole. */
function shortTitle(step: RoadmapStep): string {
  const text = `${step.number}. ${step.title}`;
  return text.length > 34 ? `${text.slice(0, 33).trimEnd()}…` : text;
}

export async function RoadmapChart({ id, title, roadmap }: { id: string; title: string; roadmap: Roadmap }) {
  const [t, format] = await Promise.all([getTranslations("plans.roadmap"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const scale = roadmapScale(roadmapDays(roadmap), plotLeft, plotRight);
  const { x } = scale;
  const height = top + roadmap.steps.length * rowHeight + 8;
  const todayX = x(roadmap.today);
  const planned = roadmap.steps.filter((step) => step.plannedStart && step.plannedEnd).length;
  const behind = roadmap.steps.filter((step) => step.state === "behind").length;
  const slip = (days: number) =>
    days > 0 ? t("slipLateShort", { days: format.number(days) }) : days < 0 ? t("slipEarlyShort", { days: format.number(-days) }) : t("slipNoneShort");
  const milestoneMark = (milestone: RoadmapMilestone) => (milestone.logged ? "logged" : milestone.late ? "late" : "expected");
  const hasBaseline = roadmap.baselineName !== null;
  const marks = new Set(roadmap.steps.flatMap((step) => step.milestones.filter((milestone) => !milestone.withdrawn).map(milestoneMark)));

  return (
    <figure className="my-4 print:break-inside-avoid" id={id}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-5xl print:max-w-none"
        data-chart="roadmap"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {t("description", { planned, total: roadmap.steps.length, behind, today: day(roadmap.today) })}
          {hasBaseline ? ` ${t("descriptionBaseline", { name: roadmap.baselineName! })}` : ""}
        </desc>
        {roadmap.steps.map((step, index) =>
          index % 2 === 1 ? <rect key={step.id} x={0} y={top + index * rowHeight} width={width} height={rowHeight} fill="#f8fafc" /> : null,
        )}
        {scale.ticks.map((tick) => (
          <g key={tick.day} data-tick={tick.day}>
            <line x1={x(tick.day)} x2={x(tick.day)} y1={top - 6} y2={height - 8} stroke={roadmapColours.grid} strokeWidth={1} />
            {scale.tickMonths < 12 ? (
              <text x={x(tick.day) + 3} y={18} fontSize={11} fill={roadmapColours.text}>
                {format.dateTime(new Date(`${tick.day}T00:00:00Z`), { month: "short", timeZone: "UTC" })}
              </text>
            ) : null}
            {tick.yearStart || scale.tickMonths >= 12 ? (
              <text x={x(tick.day) + 3} y={scale.tickMonths < 12 ? 33 : 26} fontSize={11} fontWeight={600} fill={roadmapColours.text}>
                {format.dateTime(new Date(`${tick.day}T00:00:00Z`), { year: "numeric", timeZone: "UTC" })}
              </text>
            ) : null}
          </g>
        ))}
        <text x={width - 8} y={33} fontSize={11} fontWeight={600} textAnchor="end" fill={roadmapColours.text}>
          {t("slippageColumn")}
        </text>
        {roadmap.steps.map((step, index) => (
          <RoadmapRow key={step.id} step={step} y={top + index * rowHeight} x={x} today={roadmap.today} slip={slip} day={day} milestoneMark={milestoneMark} t={t} />
        ))}
        <g data-mark="today">
          <line x1={todayX} x2={todayX} y1={top - 8} y2={height - 4} stroke={roadmapColours.today} strokeWidth={2} strokeDasharray="5 3" />
          <text x={todayX} y={top - 10} fontSize={10} textAnchor="middle" fill={roadmapColours.today}>
            {t("today")}
          </text>
        </g>
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="sr-only">{t("legend")}: </span>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-5 border-2" style={{ backgroundColor: roadmapColours.planned.fill, borderColor: roadmapColours.planned.stroke }} />
            {t("planned")}
          </li>
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2 w-5" style={{ backgroundColor: roadmapColours.actual }} />
            {t("actual")}
          </li>
          {hasBaseline ? (
            <li className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-1 w-5" style={{ backgroundColor: roadmapColours.baseline }} />
              {t("baselineLegend", { name: roadmap.baselineName! })}
            </li>
          ) : null}
          {(["logged", "expected", "late"] as const)
            .filter((mark) => marks.has(mark))
            .map((mark) => (
              <li key={mark} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block h-2.5 w-2.5 rotate-45 border-2"
                  style={{ borderColor: mark === "late" ? roadmapColours.late : roadmapColours.logged, backgroundColor: mark === "logged" ? roadmapColours.logged : "#fff" }}
                />
                {t(`milestone.${mark}`)}
              </li>
            ))}
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-4 w-0 border-l-2 border-dashed" style={{ borderColor: roadmapColours.today }} />
            {t("today")}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"plans.roadmap">>>;

function RoadmapRow({
  step,
  y,
  x,
  today,
  slip,
  day,
  milestoneMark,
  t,
}: {
  step: RoadmapStep;
  y: number;
  x: (day: string) => number;
  today: string;
  slip: (days: number) => string;
  day: (iso: string) => string;
  milestoneMark: (milestone: RoadmapMilestone) => "logged" | "late" | "expected";
  t: Translate;
}) {
  const actualEnd = step.actualEnd ?? (step.actualStart ? today : null);
  return (
    <g data-step={step.id} data-state={step.state}>
      <text x={8} y={y + 24} fontSize={12} fill="#0f172a">
        {shortTitle(step)}
      </text>
      {step.plannedStart && step.plannedEnd ? (
        <rect
          data-bar="planned"
          x={x(step.plannedStart)}
          y={y + 6}
          width={Math.max(2, x(step.plannedEnd) - x(step.plannedStart))}
          height={12}
          rx={2}
          fill={roadmapColours.planned.fill}
          stroke={roadmapColours.planned.stroke}
          strokeWidth={1.5}
        >
          <title>{t("plannedBar", { start: day(step.plannedStart), end: day(step.plannedEnd) })}</title>
        </rect>
      ) : null}
      {step.actualStart && actualEnd ? (
        <rect data-bar="actual" x={x(step.actualStart)} y={y + 21} width={Math.max(2, x(actualEnd) - x(step.actualStart))} height={8} fill={roadmapColours.actual}>
          <title>
            {step.actualEnd ? t("actualBar", { start: day(step.actualStart), end: day(step.actualEnd) }) : t("actualBarUnderWay", { start: day(step.actualStart) })}
          </title>
        </rect>
      ) : null}
      {step.baselineStart && step.baselineEnd ? (
        <rect data-bar="baseline" x={x(step.baselineStart)} y={y + 32} width={Math.max(2, x(step.baselineEnd) - x(step.baselineStart))} height={3} fill={roadmapColours.baseline}>
          <title>{t("baselineBar", { start: day(step.baselineStart), end: day(step.baselineEnd) })}</title>
        </rect>
      ) : null}
      {step.milestones.filter((milestone) => !milestone.withdrawn).map((milestone) => {
        const mark = milestoneMark(milestone);
        const [cx, cy] = [x(milestone.expectedOn), y + 12];
        return (
          <path
            key={milestone.id}
            data-milestone={mark}
            d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`}
            fill={mark === "logged" ? roadmapColours.logged : "#fff"}
            stroke={mark === "late" ? roadmapColours.late : roadmapColours.logged}
            strokeWidth={mark === "late" ? 2.5 : 1.5}
          >
            <title>{t(`milestone.${mark}Point`, { title: milestone.title, date: day(milestone.expectedOn) })}</title>
          </path>
        );
      })}
      {step.slippageDays !== null ? (
        <text
          x={width - 8}
          y={y + 24}
          fontSize={12}
          fontWeight={step.slippageDays > 0 ? 600 : 400}
          textAnchor="end"
          fill={step.slippageDays > 0 ? roadmapColours.late : roadmapColours.text}
          data-slippage={step.slippageDays}
        >
          {slip(step.slippageDays)}
        </text>
      ) : null}
    </g>
  );
}
