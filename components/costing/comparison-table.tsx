/**
 * The costing across countries as one table: a row per package of each country's latest validated version, sorted
 * by country name in the reader's language, then as the version holds its packages. Each country links to its
 * costing and each version to the version itself; a figure the model could not cost reads "—" with its reasons.
 */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { ValidatedCosting, ValidatedPackageCost } from "@/lib/costing/data/cross-country";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { formatAmount, formatShare, noFigure } from "./figures";
import { ProblemList } from "./problem-list";

export async function CostingComparisonTable({ costings }: { costings: ValidatedCosting[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("costingComparison"), getFormatter(), getLocale()]);
  const name = (costing: ValidatedCosting) => localized(costing.countryName, locale as Locale);
  const collator = new Intl.Collator(locale);
  const sorted = [...costings].sort((a, b) => collator.compare(name(a), name(b)) || a.countryCode.localeCompare(b.countryCode));
  const date = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

  const row = (costing: ValidatedCosting, costingPackage: ValidatedPackageCost | null) => (
    <tr key={`${costing.countryCode}:${costingPackage?.id ?? ""}`}>
      <Td>
        <Link href={`/countries/${costing.countryCode}/costing`}>{name(costing)}</Link>
      </Td>
      <Td label={t("package")}>{costingPackage ? costingPackage.name : <span className="text-slate-600">{t("noPackage")}</span>}</Td>
      <Td label={t("shareOfGdp")} className="text-right">
        {formatShare(format, costingPackage?.shareOfGdp ?? null)}
        {costingPackage && costingPackage.shareOfGdp === null ? (
          <div className="mt-1 text-left">
            <ProblemList rows={[costingPackage]} />
          </div>
        ) : null}
      </Td>
      <Td label={t("horizonYear")} className="text-right">{costing.horizonYear}</Td>
      <Td label={t("totalCost")} className="text-right">
        {costingPackage?.totalCost ? t("amount", { amount: formatAmount(format, costingPackage.totalCost), currency: costing.currency }) : noFigure}
      </Td>
      <Td label={t("version")}>
        <Link href={`/countries/${costing.countryCode}/costing/versions/${costing.number}`}>{t("versionOn", { number: costing.number, date: date(costing.validatedOn) })}</Link>
      </Td>
    </tr>
  );

  return (
    <Table caption={t("caption")}>
      <thead>
        <tr>
          <Th>{t("country")}</Th>
          <Th>{t("package")}</Th>
          <Th className="text-right">{t("shareOfGdp")}</Th>
          <Th className="text-right">{t("horizonYear")}</Th>
          <Th className="text-right">{t("totalCost")}</Th>
          <Th>{t("version")}</Th>
        </tr>
      </thead>
      <tbody>{sorted.flatMap((costing) => (costing.packages.length === 0 ? [row(costing, null)] : costing.packages.map((costingPackage) => row(costing, costingPackage))))}</tbody>
    </Table>
  );
}
