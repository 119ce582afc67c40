/**
 * The support list's funding by region and by agency: per group, committed money in each currency and the four
 * flows in the reporting currency, what was left out for want of a rate, and pass-throughs (left out at the
 * receiver's, said at the giver's). The rates used for the whole follow as visible notes.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { formatMoney } from "@/components/support/format-money";
import { Table, Td, Th } from "@/components/ui/table";
import type { FundingOverview } from "@/lib/funding/totals/get-funding-overview";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { countedFlows } from "@/lib/funding/totals/counting";
import { convertedMoney, FundingNotes, HowWeCount } from "./converted-totals";

export async function FundingOverviewTables({ overview }: { overview: FundingOverview }) {
  const [t, tFlow, tRegions, format] = await Promise.all([getTranslations("funding"), getTranslations("support.flow"), getTranslations("regions"), getFormatter()]);
  const currency = overview.reportingCurrency;
  const rows = (label: string, totals: FundingTotals, key: string) => (
    <tr key={key}>
      <Td className="font-medium">{label}</Td>
      <Td label={t("inCurrencies")} className="tabular-nums">
        {totals.perCurrency.map((figures) => (
          <span key={figures.currency} className="block whitespace-nowrap">
            {formatMoney(format, figures.committed, figures.currency)}
          </span>
        ))}
      </Td>
      {countedFlows.map((flow) => (
        <Td key={flow} label={tFlow(flow)} className="text-right tabular-nums whitespace-nowrap">
          {convertedMoney(format, totals.converted[flow], currency)}
        </Td>
      ))}
      <Td className="text-sm text-slate-700">
        {totals.converted.leftOut.length ? <span className="block text-amber-800">{t("leftOut", { count: totals.converted.leftOut.length })}</span> : null}
        {totals.passedOnFrom.length ? <span className="block">{t("passedOnCount", { count: totals.passedOnFrom.length })}</span> : null}
        {totals.passedOnByOthers.length ? <span className="block">{t("passesOn", { count: totals.passedOnByOthers.length })}</span> : null}
      </Td>
    </tr>
  );
  const headers = (first: string) => (
    <thead>
      <tr>
        <Th>{first}</Th>
        <Th>{`${t("inCurrencies")} (${tFlow("committed")})`}</Th>
        {countedFlows.map((flow) => (
          <Th key={flow} className="text-right">{`${tFlow(flow)} (${currency})`}</Th>
        ))}
        <Th>{t("leftOutTitle")}</Th>
      </tr>
    </thead>
  );
  return (
    <section aria-labelledby="funding-overview" className="mt-8">
      <h2 id="funding-overview" className="mb-2 text-lg font-semibold">
        {t("byRegion")}
      </h2>
      <p className="mb-1 text-sm text-slate-600">{t("overviewIntro")}</p>
      <HowWeCount />
      <Table caption={t("byRegion")}>
        {headers(t("region"))}
        <tbody>{overview.byRegion.map(({ region, totals }) => rows(tRegions(region as Parameters<typeof tRegions>[0]), totals, region))}</tbody>
      </Table>
      <h2 className="mt-6 mb-2 text-lg font-semibold">{t("byAgency")}</h2>
      <Table caption={t("byAgency")}>
        {headers(t("byAgency"))}
        <tbody>{overview.byAgency.map(({ agencyId, acronym, totals }) => rows(acronym, totals, agencyId))}</tbody>
      </Table>
      <FundingNotes totals={overview.all} />
    </section>
  );
}
