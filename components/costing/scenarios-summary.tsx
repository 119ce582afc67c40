/**
 * The live scenarios of a costing, each with what it costs in the base year and in the horizon year (in the
 * costing's currency and as a share of GDP); a figure the model could not cost reads as a dash.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { FrozenScenario } from "@/lib/costing/data/content";
import type { CostingView } from "@/lib/costing/data/get-costing";
import { formatAmount, formatPersons, formatShare } from "./figures";

/** `link` false for a frozen version, whose scenarios may since have changed or gone. */
export async function ScenariosSummary({ countryCode, frame, scenarios, link = true }: Pick<CostingView, "frame"> & { countryCode: string; scenarios: FrozenScenario[]; link?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("costing.scenarios"), getFormatter()]);
  if (!frame) return null;
  const [base, horizon] = [String(frame.baseYear), String(frame.horizonYear)];
  const columns = {
    beneficiaries: t("beneficiaries", { year: horizon }),
    baseCost: t("cost", { year: base, currency: frame.currency }),
    horizonCost: t("cost", { year: horizon, currency: frame.currency }),
    share: t("shareOfGdp", { year: horizon }),
  };
  return (
    <Table caption={t("caption")} headings={[t("name"), columns.beneficiaries, columns.baseCost, columns.horizonCost, columns.share]}>
      {scenarios.map((scenario) => {
        const [first, last] = [scenario.rows[0], scenario.rows.at(-1)];
        return (
          <tr key={scenario.id}>
            <Td className="font-medium">
              {link ? <Link href={`/countries/${countryCode}/costing/scenarios/${scenario.id}`}>{scenario.name}</Link> : scenario.name}
              {scenario.recommendationId ? <span className="block text-xs text-slate-600">{t("costsRecommendation")}</span> : null}
            </Td>
            <Td label={columns.beneficiaries}>{formatPersons(format, last?.beneficiaries ?? null)}</Td>
            <Td label={columns.baseCost}>{formatAmount(format, first?.totalCost ?? null)}</Td>
            <Td label={columns.horizonCost}>{formatAmount(format, last?.totalCost ?? null)}</Td>
            <Td label={columns.share}>{formatShare(format, last?.shareOfGdp ?? null)}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
