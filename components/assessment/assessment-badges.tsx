/** A recommendation's kind, priority and status, and an item's review state, as badges: text and a symbol, never colour alone. */
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeLook } from "@/components/ui/badge";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import type { FrozenItem } from "@/lib/assessment/matrix/content";

export const recommendationStatusLooks: Record<NonNullable<FrozenItem["status"]>, BadgeLook> = {
  proposed: { tone: "neutral", symbol: "○" },
  endorsed: { tone: "info", symbol: "◉" },
  adopted: { tone: "success", symbol: "✓" },
  dropped: { tone: "muted", symbol: "✕" },
};

export async function AssessmentItemBadges({ item }: { item: FrozenItem & { reviewState?: "in_review" | "changes_requested" | "validated" | null } }) {
  const t = await getTranslations("assessment");
  return (
    <span className="flex flex-wrap gap-1.5">
      {item.status ? <Badge look={recommendationStatusLooks[item.status]}>{t(`status.${item.status}`)}</Badge> : null}
      {item.priority ? <Badge tone={item.priority === "high" ? "warning" : "neutral"}>{t("priorityBadge", { priority: t(`priority.${item.priority}`) })}</Badge> : null}
      {item.recommendationKind ? <Badge tone="neutral">{t(`recommendationKindShort.${item.recommendationKind}`)}</Badge> : null}
      {item.reviewState ? <ReviewStateBadge state={item.reviewState} /> : null}
    </span>
  );
}
