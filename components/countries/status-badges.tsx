/** Badges for a step's status and a country's SPF-I status: text and a symbol, never colour alone. */
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeLook } from "@/components/ui/badge";
import type { spfiStatuses } from "@/db/schema/values";
import type { stepStatuses } from "@/db/schema/values";

const stepTones: Record<(typeof stepStatuses)[number], BadgeLook> = {
  not_started: { tone: "neutral", symbol: "○" },
  in_progress: { tone: "info", symbol: "◐" },
  completed: { tone: "success", symbol: "●" },
  not_applicable: { tone: "muted", symbol: "–" },
};

export async function StepStatusBadge({ status }: { status: (typeof stepStatuses)[number] }) {
  const t = await getTranslations("stepStatus");
  return <Badge look={stepTones[status]}>{t(status)}</Badge>;
}

export async function SpfiStatusBadge({ status }: { status: (typeof spfiStatuses)[number] }) {
  const t = await getTranslations("spfiStatus");
  return (
    <Badge tone={status === "activities_under_way" ? "info" : "neutral"} symbol={status === "activities_under_way" ? "▶" : "☆"}>
      {t(status)}
    </Badge>
  );
}
