/** The choices of a followed indicator's "what it measures": key steps by place and title, schemes, recommendations. */
import type { Choice } from "@/components/ui/options";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import type { IndicatorLinkChoices } from "@/lib/results/link-choices";

const shortened = (text: string, length = 140) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

export function linkChoices(choices: IndicatorLinkChoices, locale: Locale): { steps: Choice[]; schemes: Choice[]; recommendations: Choice[] } {
  return {
    steps: choices.steps.map((step) => ({ value: step.id, label: `${step.position}. ${titleText(step.title, locale)}` })),
    schemes: choices.schemes.map((scheme) => ({ value: scheme.id, label: scheme.name })),
    recommendations: choices.recommendations.map((recommendation) => ({ value: recommendation.id, label: shortened(recommendation.statement) })),
  };
}

/** Target rows to show: the stored ones and some empty ones, or as many as the "more rows" link asks for, within 30. */
export function targetRowCount(stored: number, asked: string | undefined): number {
  const wanted = typeof asked === "string" && /^\d{1,2}$/.test(asked) ? Number(asked) : stored + 3;
  return Math.min(30, Math.max(wanted, stored, 1));
}
