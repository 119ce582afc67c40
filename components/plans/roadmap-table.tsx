/**
 * The roadmap's figures in text, after its chart: per step the planned, actual and baseline dates, the slippage and
 * the state, and its planned milestones. It carries the links the chart leaves out (each step's page, and "Log it" on
 * a planned milestone not logged yet, for those who log), and stacks its rows on a phone.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type BadgeLook } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { Roadmap, RoadmapState } from "./roadmap-data";

const stateLooks: Record<RoadmapState, BadgeLook> = {
  done: { tone: "success", symbol: "●" },
  on_track: { tone: "info", symbol: "▶" },
  behind: { tone: "danger", symbol: "!" },
  not_planned: { tone: "muted", symbol: "–" },
};

/** A step's state against its plan: a word and a symbol, never colour alone. */
export function RoadmapStateBadge({ state, label }: { state: RoadmapState; label: string }) {
  return <Badge look={stateLooks[state]}>{label}</Badge>;
}

export async function RoadmapTable({
  caption,
  roadmap,
  countryCode,
  logHref,
}: {
  caption: string;
  roadmap: Roadmap;
  countryCode: string;
  /** Where to log a planned milestone (the step page's form, prefilled), for those who may. */
  logHref?: (stepId: string, plannedMilestoneId: string) => string;
}) {
  const [t, tState, format] = await Promise.all([getTranslations("plans.roadmap"), getTranslations("plans.state"), getFormatter()]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const range = (start: string | null, end: string | null) => (start || end ? t("range", { start: start ? day(start) : "…", end: end ? day(end) : "…" }) : "—");
  const slippage = (days: number | null) =>
    days === null ? "—" : days > 0 ? t("slipLate", { days }) : days < 0 ? t("slipEarly", { days: -days }) : t("slipNone");
  const moved = (days: number | null) =>
    days === null ? "—" : days > 0 ? t("movedLater", { days }) : days < 0 ? t("movedEarlier", { days: -days }) : t("movedNone");
  const hasBaseline = roadmap.baselineName !== null;

  return (
    <Table caption={caption} className="print:break-inside-auto">
      <thead>
        <tr>
          <Th>{t("step")}</Th>
          <Th>{t("planned")}</Th>
          <Th>{t("actual")}</Th>
          {hasBaseline ? <Th>{t("baselineColumn", { name: roadmap.baselineName! })}</Th> : null}
          <Th className="text-right">{t("slippageColumn")}</Th>
          {hasBaseline ? <Th className="text-right">{t("movedColumn")}</Th> : null}
          <Th>{t("stateColumn")}</Th>
          <Th>{t("milestones")}</Th>
        </tr>
      </thead>
      <tbody>
        {roadmap.steps.map((step) => (
          <tr key={step.id} data-step={step.id} className="break-inside-avoid">
            <Th scope="row" className="min-w-56 font-medium">
              <Link href={`/countries/${countryCode}/steps/${step.id}`}>
                {step.number}. {step.title}
              </Link>
            </Th>
            <Td label={t("planned")} className="tabular-nums">
              {range(step.plannedStart, step.plannedEnd)}
            </Td>
            <Td label={t("actual")} className="tabular-nums">
              {step.actualStart ? (step.actualEnd ? range(step.actualStart, step.actualEnd) : t("underWaySince", { start: day(step.actualStart) })) : "—"}
            </Td>
            {hasBaseline ? (
              <Td label={t("baselineColumn", { name: roadmap.baselineName! })} className="tabular-nums">
                {range(step.baselineStart, step.baselineEnd)}
              </Td>
            ) : null}
            <Td label={t("slippageColumn")} className="text-right tabular-nums" data-testid="slippage">
              {slippage(step.slippageDays)}
            </Td>
            {hasBaseline ? (
              <Td label={t("movedColumn")} className="text-right tabular-nums" data-testid="moved">
                {moved(step.baselineSlippageDays)}
              </Td>
            ) : null}
            <Td label={t("stateColumn")}>
              <RoadmapStateBadge state={step.state} label={tState(step.state)} />
            </Td>
            <Td label={t("milestones")}>
              {step.milestones.length === 0 ? (
                "—"
              ) : (
                <ul className="space-y-1">
                  {step.milestones.map((milestone) => (
                    <li key={milestone.id}>
                      <span className="tabular-nums text-slate-600">{day(milestone.expectedOn)}</span> {milestone.title}{" "}
                      <span className="text-xs text-slate-600">
                        ({t(`milestone.${milestone.withdrawn ? "withdrawn" : milestone.logged ? "logged" : milestone.late ? "late" : "expected"}`)})
                      </span>
                      {hasBaseline && milestone.baselineExpectedOn && milestone.baselineExpectedOn !== milestone.expectedOn ? (
                        <span className="block text-xs text-slate-600">{t("milestone.inBaseline", { date: day(milestone.baselineExpectedOn) })}</span>
                      ) : null}
                      {logHref && !milestone.logged && !milestone.withdrawn ? (
                        <>
                          {" "}
                          <Link href={logHref(step.id, milestone.id)} className="text-sm print:hidden" aria-label={t("logItLabel", { title: milestone.title })}>
                            {t("logIt")}
                          </Link>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
