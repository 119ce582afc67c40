/** Where a country's report for a round stands, as a badge: text and a symbol, never colour alone. */
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeLook } from "@/components/ui/badge";
import type { CountryReportStatus } from "@/db/schema/values";

export type ReportStanding = CountryReportStatus | "not_started";

const looks: Record<ReportStanding, BadgeLook> = {
  not_started: { tone: "muted", symbol: "○" },
  draft: { tone: "neutral", symbol: "✎" },
  submitted: { tone: "info", symbol: "➜" },
  returned: { tone: "warning", symbol: "↩" },
  accepted: { tone: "success", symbol: "✓" },
  reopened: { tone: "warning", symbol: "↺" },
};

export async function ReportStatusBadge({ status }: { status: ReportStanding }) {
  const t = await getTranslations("rounds.status");
  return <Badge look={looks[status]}>{t(status)}</Badge>;
}
