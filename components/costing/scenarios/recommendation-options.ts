/**
 * The choices of a scenario's "recommendation it costs": the recommendations it may cost, each by its statement
 * (shortened for a select), and the one linked now first when it is no longer offered, so saving keeps the link.
 */
import type { Choice } from "@/components/ui/options";
import type { CostableRecommendation } from "@/lib/costing/data/recommendation-choices";

const shortened = (text: string, length = 120) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function recommendationOptions(offered: CostableRecommendation[], linked?: { id: string | null; label: (statement: string) => string; hidden: string; statement: string | null }): Choice[] {
  const choices = offered.map((recommendation) => ({ value: recommendation.id, label: shortened(recommendation.statement) }));
  if (!linked?.id || offered.some((recommendation) => recommendation.id === linked.id)) return choices;
  return [{ value: linked.id, label: linked.statement === null ? linked.hidden : linked.label(shortened(linked.statement)) }, ...choices];
}
