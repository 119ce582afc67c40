/**
 * A country's progress as an SVG drawn on the server (decision 2200): one block per key step in order, filled by its
 * status, each with its number and a symbol, never colour alone; a title and a description name it for screen
 * readers, and the steps are also listed in words below. No JavaScript: it is what other sites frame.
 */
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import type { PublicStep } from "@/lib/publication/read-public-country";

const looks: Record<string, { fill: string; stroke: string; text: string; symbol: string }> = {
  completed: { fill: "#047857", stroke: "#065f46", text: "#ffffff", symbol: "●" },
  in_progress: { fill: "#bae6fd", stroke: "#0369a1", text: "#0c4a6e", symbol: "◐" },
  not_started: { fill: "#f1f5f9", stroke: "#64748b", text: "#1e293b", symbol: "○" },
  not_applicable: { fill: "#ffffff", stroke: "#94a3b8", text: "#475569", symbol: "–" },
};
const statuses = ["completed", "in_progress", "not_started", "not_applicable"] as const;

export function stepCounts(steps: PublicStep[]) {
  const applicable = steps.filter((step) => step.status !== "not_applicable");
  return {
    done: applicable.filter((step) => step.status === "completed").length,
    inProgress: applicable.filter((step) => step.status === "in_progress").length,
    total: applicable.length,
  };
}

export async function ProgressChart({ countryName, steps, locale }: { countryName: string; steps: PublicStep[]; locale: Locale }) {
  const [t, tStatus] = await Promise.all([getTranslations("publicPages"), getTranslations("stepStatus")]);
  const counts = stepCounts(steps);
  const width = 640;
  const gap = 4;
  const block = steps.length > 0 ? (width - gap * (steps.length - 1)) / steps.length : width;
  const titleId = "progress-chart-title";
  const descriptionId = "progress-chart-description";
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${width} 96`} width="100%" role="img" aria-labelledby={`${titleId} ${descriptionId}`} className="max-w-2xl">
        <title id={titleId}>{t("chartTitle", { country: countryName })}</title>
        <desc id={descriptionId}>{t("chartSummary", counts)}</desc>
        {steps.map((step, index) => {
          const look = looks[step.status] ?? looks.not_started!;
          const x = index * (block + gap);
          return (
            <g key={step.id}>
              <rect x={x} y={4} width={block} height={52} rx={6} fill={look.fill} stroke={look.stroke} strokeWidth={2} strokeDasharray={step.status === "not_applicable" ? "4 3" : undefined} />
              <text x={x + block / 2} y={28} textAnchor="middle" fontSize={16} fontWeight={600} fill={look.text}>
                {step.position}
              </text>
              <text x={x + block / 2} y={47} textAnchor="middle" fontSize={13} fill={look.text}>
                {look.symbol}
              </text>
            </g>
          );
        })}
        {statuses.map((status, index) => (
          <text key={status} x={index * 160} y={84} fontSize={13} fill="#1e293b">
            {`${looks[status]!.symbol} ${tStatus(status)}`}
          </text>
        ))}
      </svg>
      <figcaption className="text-sm text-slate-700">{t("chartSummary", counts)}</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">{t("chartInWords")}</summary>
        <ol className="mt-1 list-decimal pl-6">
          {steps.map((step) => (
            <li key={step.id} value={step.position}>
              {titleText(step.title, locale)}: {tStatus(step.status as (typeof statuses)[number])}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  );
}
