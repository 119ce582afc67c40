import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getTrainingTotals, type TrainingTotals } from "@/lib/trainings/get-training-totals";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainings"))("totalsTitle") };
}

async function TrainingTotalsPage() {
  const [totals, t, format, locale] = await Promise.all([
    loadPage(({ db, actor }) => getTrainingTotals(db, actor)),
    getTranslations("trainings"),
    getFormatter(),
    getLocale(),
  ]);
  const byCountry = totals.byCountry
    .map((row) => ({ ...row, name: localized(row.countryName, locale as Locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const count = (value: number) => format.number(value);
  const cells = (row: TrainingTotals) => (
    <>
      <Td label={t("columns.trainings")} className="text-right tabular-nums">{count(row.trainings)}</Td>
      <Td label={t("columns.participants")} className="text-right tabular-nums">{count(row.participants)}</Td>
      <Td label={t("columns.women")} className="text-right tabular-nums">{count(row.women)}</Td>
      <Td label={t("columns.men")} className="text-right tabular-nums">{count(row.men)}</Td>
      <Td label={t("columns.unstated")} className="text-right tabular-nums">{count(row.unstated)}</Td>
    </>
  );
  const heads = (
    <>
      <Th className="text-right">{t("columns.trainings")}</Th>
      <Th className="text-right">{t("columns.participants")}</Th>
      <Th className="text-right">{t("columns.women")}</Th>
      <Th className="text-right">{t("columns.men")}</Th>
      <Th className="text-right">{t("columns.unstated")}</Th>
    </>
  );

  return (
    <>
      <PageHeader title={t("totalsTitle")} intro={t("totalsIntro")} />
      {totals.overall.trainings === 0 ? (
        <EmptyState>{t("totalsEmpty")}</EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="totals-by-country" className="space-y-2">
            <h2 id="totals-by-country" className="text-lg font-semibold">
              {t("byCountry")}
            </h2>
            <Table caption={t("byCountry")}>
              <thead>
                <tr>
                  <Th>{t("columns.country")}</Th>
                  {heads}
                </tr>
              </thead>
              <tbody>
                {byCountry.map((row) => (
                  <tr key={row.countryCode}>
                    <Td>
                      <Link href={`/countries/${row.countryCode}/trainings`}>{row.name}</Link>
                    </Td>
                    {cells(row)}
                  </tr>
                ))}
                <tr className="font-semibold">
                  <Td>{t("columns.total")}</Td>
                  {cells(totals.overall)}
                </tr>
              </tbody>
            </Table>
          </section>
          <section aria-labelledby="totals-by-institution" className="space-y-2">
            <h2 id="totals-by-institution" className="text-lg font-semibold">
              {t("byInstitution")}
            </h2>
            <Table caption={t("byInstitution")}>
              <thead>
                <tr>
                  <Th>{t("columns.institution")}</Th>
                  {heads}
                </tr>
              </thead>
              <tbody>
                {totals.byInstitution.map((row) => (
                  <tr key={row.institutionId}>
                    <Td>{row.institutionName}</Td>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
            </Table>
          </section>
        </div>
      )}
    </>
  );
}

export default withRefusal(TrainingTotalsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
