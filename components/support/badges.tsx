/** Badges for support: status, kind, a need's priority, and a step whose needs have no support. Text and symbol, never colour alone. */
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeLook } from "@/components/ui/badge";
import type { priorities, supportKinds, supportStatuses } from "@/db/schema/values";

const statusTones: Record<(typeof supportStatuses)[number], BadgeLook> = {
  planned: { tone: "neutral", symbol: "○" },
  ongoing: { tone: "info", symbol: "◐" },
  delivered: { tone: "success", symbol: "●" },
};

export async function SupportStatusBadge({ status }: { status: (typeof supportStatuses)[number] }) {
  const t = await getTranslations("support.status");
  return <Badge look={statusTones[status]}>{t(status)}</Badge>;
}

export async function KindBadge({ kind }: { kind: (typeof supportKinds)[number] }) {
  const t = await getTranslations("support.kind");
  return (
    <Badge tone="neutral" symbol={kind === "financial" ? "¤" : "✎"}>
      {t(kind)}
    </Badge>
  );
}

const priorityLooks: Record<(typeof priorities)[number], BadgeLook> = {
  high: { tone: "danger", symbol: "▲" },
  medium: { tone: "warning", symbol: "■" },
  low: { tone: "neutral", symbol: "▽" },
};

export async function PriorityBadge({ priority }: { priority: (typeof priorities)[number] }) {
  const t = await getTranslations("support.priority");
  return <Badge look={priorityLooks[priority]}>{t(priority)}</Badge>;
}

export async function NeedsWithoutSupportBadge() {
  const t = await getTranslations("support");
  return (
    <Badge tone="danger" symbol="!">
      {t("needsWithoutSupport")}
    </Badge>
  );
}
