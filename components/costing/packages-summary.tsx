/**
 * The live packages of a costing: their scenarios, what they cost in the horizon year, as a share of GDP and of
 * government expenditure, and the financing gap left that year.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { FrozenPackage } from "@/lib/costing/data/content";
import type { CostingView } from "@/lib/costing/data/get-costing";
import { formatAmount, formatShare } from "./figures";

/** `link` false for a frozen version, whose packages may since have changed or gone. */
export async function PackagesSummary({ countryCode, frame, packages, link = true }: Pick<CostingView, "frame"> & { countryCode: string; packages: FrozenPackage[]; link?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("costing.packages"), getFormatter()]);
  if (!frame) return null;
  const year = String(frame.horizonYear);
  const columns = {
    scenarios: t("scenarioCount"),
    cost: t("cost", { year, currency: frame.currency }),
    share: t("shareOfGdp", { year }),
    expenditure: t("shareOfExpenditure", { year }),
    gap: t("gap", { year, currency: frame.currency }),
  };
  return (
    <Table caption={t("caption")} headings={[t("name"), columns.scenarios, columns.cost, columns.share, columns.expenditure, columns.gap]}>
      {packages.map((costingPackage) => {
        const last = costingPackage.rows.at(-1);
        const gap = costingPackage.financingGap.at(-1);
        return (
          <tr key={costingPackage.id}>
            <Td className="font-medium">
              {link ? <Link href={`/countries/${countryCode}/costing/packages/${costingPackage.id}`}>{costingPackage.name}</Link> : costingPackage.name}
            </Td>
            <Td label={columns.scenarios}>{format.number(costingPackage.scenarioIds.length)}</Td>
            <Td label={columns.cost}>{formatAmount(format, last?.totalCost ?? null)}</Td>
            <Td label={columns.share}>{formatShare(format, last?.shareOfGdp ?? null)}</Td>
            <Td label={columns.expenditure}>{formatShare(format, last?.shareOfGovernmentExpenditure ?? null)}</Td>
            <Td label={columns.gap}>{formatAmount(format, gap?.uncovered ?? null)}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
