/**
 * A scenario's parameters said in words, as a working group would read them out at a dialogue: who it is for,
 * what they receive and how it moves with prices, how take-up grows, and how administration is costed.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { formatAmount, formatRate } from "@/components/costing/figures";
import type { StoredScenario } from "@/lib/costing/data/content";

/** An amount shown with as many decimals as it was typed with, up to four. */
const placesOf = (amount: string) => Math.min(4, (amount.split(".")[1] ?? "").length);

export async function ScenarioParameters({ scenario, currency, baseYear }: { scenario: StoredScenario; currency: string; baseYear: number }) {
  const [t, format] = await Promise.all([getTranslations("costingScenarios.words"), getFormatter()]);
  const rate = (share: string | null) => formatRate(format, share);
  const sex = t(`sexes.${scenario.sex}`);
  const target =
    scenario.targetKind === "mothers_of_newborns"
      ? t("mothers")
      : scenario.ageTo === null
        ? t("agesOpen", { from: String(scenario.ageFrom ?? 0), sex })
        : t("ages", { from: String(scenario.ageFrom ?? 0), to: String(scenario.ageTo), sex });
  const amount = scenario.benefitAmount === null ? "" : formatAmount(format, scenario.benefitAmount, placesOf(scenario.benefitAmount));
  const benefit =
    scenario.benefitKind === "monthly_amount"
      ? t(scenario.indexation === "inflation" ? "amountIndexed" : "amountFlat", { amount, currency, baseYear: String(baseYear) })
      : t(scenario.benefitKind === "poverty_line_share" ? "povertyLineShare" : "gdpPerHeadShare", { share: rate(scenario.benefitShare) });
  const takeUp =
    scenario.takeUpStart === scenario.takeUpTarget || scenario.takeUpYear <= baseYear
      ? t("takeUpSame", { share: rate(scenario.takeUpTarget) })
      : t("takeUpPath", { start: rate(scenario.takeUpStart), baseYear: String(baseYear), target: rate(scenario.takeUpTarget), year: String(scenario.takeUpYear) });
  const administration = t(scenario.administrativeConvention === "on_top_of_benefits" ? "onTopOfBenefits" : "shareOfTotal", { rate: rate(scenario.administrativeRate) });
  const parameters = [
    { term: t("targetGroup"), text: target },
    { term: t("eligibleShareTerm"), text: t("eligibleShare", { share: rate(scenario.eligibleShare) }) },
    { term: t("benefit"), text: benefit },
    { term: t("takeUp"), text: takeUp },
    { term: t("administration"), text: administration },
  ];
  return (
    <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {parameters.map((parameter) => (
        <div key={parameter.term} className="contents">
          <dt className="font-medium text-slate-700">{parameter.term}</dt>
          <dd className="text-slate-900">{parameter.text}</dd>
        </div>
      ))}
    </dl>
  );
}
