/** How an IATI import's state and an activity's answer read as badges. */
import type { BadgeLook } from "@/components/ui/badge";
import type { IatiImportState } from "@/db/schema/values";
import type { ActivityAnswer } from "@/lib/iati/import/report";

export const iatiStateLooks: Record<IatiImportState, BadgeLook> = {
  reading: { tone: "info", symbol: "…" },
  ready: { tone: "warning", symbol: "?" },
  failed: { tone: "danger", symbol: "✕" },
  applied: { tone: "success", symbol: "✓" },
};

export const answerLooks: Record<ActivityAnswer, BadgeLook> = {
  new: { tone: "success", symbol: "+" },
  update: { tone: "info", symbol: "✎" },
  unchanged: { tone: "muted", symbol: "=" },
  conflict: { tone: "danger", symbol: "!" },
  locked: { tone: "warning", symbol: "🔒" },
  skipped: { tone: "neutral", symbol: "–" },
};
