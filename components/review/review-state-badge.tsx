/** A milestone's or a step's review state as a badge: text and a symbol, never colour alone. */
import { getTranslations } from "next-intl/server";
import { Badge, type BadgeLook } from "@/components/ui/badge";
import type { reviewStates } from "@/db/schema/values";

type ReviewState = (typeof reviewStates)[number];

export const reviewStateLooks: Record<ReviewState, BadgeLook> = {
  in_review: { tone: "info", symbol: "◔" },
  changes_requested: { tone: "warning", symbol: "✎" },
  validated: { tone: "success", symbol: "✓" },
};

/** Nothing for an item never reviewed, unless `unreviewed` asks for a badge saying so. */
export async function ReviewStateBadge({ state, unreviewed = false }: { state: ReviewState | null; unreviewed?: boolean }) {
  const t = await getTranslations("reviewState");
  if (!state) return unreviewed ? <Badge tone="muted">{t("none")}</Badge> : null;
  return <Badge look={reviewStateLooks[state]}>{t(state)}</Badge>;
}
