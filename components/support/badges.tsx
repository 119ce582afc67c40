/** Badges for support: status, kind, a need's priority, and a step whose needs have no support. Text and symbol, never colour alone. */
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { priorities, supportKinds, supportStatuses } from "@/db/schema/values";

const statusTones: Record<(typeof supportStatuses)[number], { tone: BadgeTone; symbol: string }> = {
  planned: { tone: "neutral", symbol: "○" },
  ongoing: { tone: "info", symbol: "◐" },
  delivered: { tone: "success", symbol: "●" },
};

export async function SupportStatusBadge({ status }: { status: (typeof supportStatuses)[number] }) {
  const t = await getTranslations("support.status");
  return (
    <Badge tone={statusTones[status].tone} symbol={statusTones[status].symbol}>
      {t(status)}
    </Badge>
  );
}

export async function KindBadge({ kind }: { kind: (typeof supportKinds)[number] }) {
  const t = await getTranslations("support.kind");
  return (
    <Badge tone="neutral" symbol={kind === "financial" ? "¤" : "✎"}>
      {t(kind)}
    </Badge>
  );
}

const priorityTones: Record<(typeof priorities)[number], BadgeTone> = { high: "danger", medium: "warning", low: "neutral" };

export async function PriorityBadge({ priority }: { priority: (typeof priorities)[number] }) {
  const t = await getTranslations("support.priority");
  return (
    <Badge tone={priorityTones[priority]} symbol={priority === "high" ? "▲" : priority === "medium" ? "■" : "▽"}>
      {t(priority)}
    </Badge>
  );
}

export async function NeedsWithoutSupportBadge() {
  const t = await getTranslations("support");
  return (
    <Badge tone="danger" symbol="!">
      {t("needsWithoutSupport")}
    </Badge>
  );
}
