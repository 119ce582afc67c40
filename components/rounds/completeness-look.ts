/**
 * How a country's place in a round reads (on time, late, returned, pending, missing): one colour for the charts and
 * one badge look for the tables, so a state looks the same everywhere. Colours stand 3:1 against white (WCAG 1.4.11)
 * and every state is also written in words, never told by colour alone.
 */
import type { BadgeLook } from "@/components/ui/badge";
import type { LocalizedText } from "@/db/schema/values";
import type { CompletenessState } from "@/lib/rounds/completeness-state";

export { type CompletenessState, completenessStates, countByState } from "@/lib/rounds/completeness-state";

export const completenessColours: Record<CompletenessState, string> = {
  on_time: "#047857",
  late: "#b45309",
  returned: "#a21caf",
  missing: "#b91c1c",
  pending: "#475569",
};

export const completenessLooks: Record<CompletenessState, BadgeLook> = {
  on_time: { tone: "success", symbol: "●" },
  late: { tone: "warning", symbol: "◔" },
  returned: { tone: "info", symbol: "↩" },
  missing: { tone: "danger", symbol: "✕" },
  pending: { tone: "neutral", symbol: "○" },
};

/** A country's place in one round, as the chart and the table take it. */
export type CountryCompleteness = { countryCode: string; countryName: LocalizedText; state: CompletenessState };
