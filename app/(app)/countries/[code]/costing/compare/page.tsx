import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { formatAmount, formatShare } from "@/components/costing/figures";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getCosting } from "@/lib/costing/data/get-costing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("costing.comparePackages"))("title") };
}

/** A costing's packages side by side, year by year: each one's total cost and its share of GDP. */
async function ComparePackagesPage({ params }: Props) {
  const { code } = await params;
  const costing = await loadPage(({ db, actor }) => getCosting(db, actor, code));
  const [t, tCosting, format] = await Promise.all([getTranslations("costing.comparePackages"), getTranslations("costing"), getFormatter()]);
  const { country, frame, packages } = costing;
  const base = `/countries/${country.code}/costing`;
  const years = packages[0]?.rows.map((row) => row.year) ?? [];

  return (
    <>
      <PageHeader title={t("title")} intro={frame ? t("intro", { currency: frame.currency }) : undefined}>
        <CostingBreadcrumb country={country} />
      </PageHeader>
      {!costing.readable ? (
        <EmptyState>{tCosting("keptFromReader")}</EmptyState>
      ) : !frame || packages.length === 0 ? (
        <EmptyState>{tCosting("noPackages")}</EmptyState>
      ) : (
        <Table caption={t("caption", { currency: frame.currency })}>
          <thead>
            <tr>
              <Th rowSpan={2}>{t("year")}</Th>
              {packages.map((costingPackage) => (
                <Th key={costingPackage.id} colSpan={2} scope="colgroup">
                  <Link href={`${base}/packages/${costingPackage.id}`}>{costingPackage.name}</Link>
                </Th>
              ))}
            </tr>
            <tr>
              {packages.flatMap((costingPackage) => [
                <Th key={`${costingPackage.id}-cost`}>{t("cost", { currency: frame.currency })}</Th>,
                <Th key={`${costingPackage.id}-share`}>{t("shareOfGdp")}</Th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {years.map((year, index) => (
              <tr key={year}>
                <Td className="font-medium">{year}</Td>
                {packages.flatMap((costingPackage) => {
                  const row = costingPackage.rows[index];
                  return [
                    <Td key={`${costingPackage.id}-cost`} label={`${costingPackage.name}: ${t("cost", { currency: frame.currency })}`}>
                      {formatAmount(format, row?.totalCost ?? null)}
                    </Td>,
                    <Td key={`${costingPackage.id}-share`} label={`${costingPackage.name}: ${t("shareOfGdp")}`}>
                      {formatShare(format, row?.shareOfGdp ?? null)}
                    </Td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

export default withRefusal(ComparePackagesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
