import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { periodLabel } from "@/components/exchange-rates/period-label";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Select } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { Options } from "@/components/ui/options";
import { PageHeader } from "@/components/ui/page-header";
import { NumberedPager } from "@/components/ui/pager";
import { Table, Td } from "@/components/ui/table";
import { listExchangeRates, listRateCurrencies } from "@/lib/funding/rates/list-exchange-rates";
import { getFundingSettings } from "@/lib/funding/settings";
import { pageNumberOf } from "@/lib/paging";
import { mayEverDo } from "@/lib/permissions";
import { currencySchema } from "@/lib/validation/support";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchangeRates"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function ExchangeRatesPage({ searchParams }: Props) {
  const params = await searchParams;
  const asked = currencySchema.safeParse(typeof params.currency === "string" ? params.currency : "");
  const currency = asked.success ? asked.data : undefined;
  const withdrawn = params.withdrawn === "true";
  const { rates, currencies, settings, manages, managesSettings } = await loadPage(async ({ db, actor }) => ({
    rates: await listExchangeRates(db, actor, { currency, withdrawn, page: pageNumberOf(params.page) }),
    currencies: await listRateCurrencies(db),
    settings: await getFundingSettings(db),
    manages: mayEverDo(actor, "exchangeRate.manage"),
    managesSettings: mayEverDo(actor, "settings.manage"),
  }));
  const [t, format] = await Promise.all([getTranslations("exchangeRates"), getFormatter()]);
  const query = (page: number) => {
    const search = new URLSearchParams({ ...(currency ? { currency } : {}), ...(withdrawn ? { withdrawn: "true" } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
    return `/admin/exchange-rates${search ? `?${search}` : ""}`;
  };
  const exportQuery = currency ? `?currency=${currency}` : "";
  const actions = (
    <div className="flex flex-wrap gap-2">
      {manages ? (
        <>
          <Link href="/admin/exchange-rates/new" className={buttonClassName()}>{t("add")}</Link>
          <Link href="/admin/exchange-rates/import" className={buttonClassName("secondary")}>{t("importTable")}</Link>
        </>
      ) : null}
      {managesSettings ? <Link href="/admin/exchange-rates/settings" className={buttonClassName("secondary")}>{t("settings")}</Link> : null}
    </div>
  );
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { currency: settings.reportingCurrency, days: settings.rateMaxAgeDays })} actions={actions} />
      <form key={query(1)} method="get" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end" aria-label={t("filter")}>
        <Field id="rates-currency" label={t("filterCurrency")}>
          <Select id="rates-currency" name="currency" defaultValue={currency ?? ""}>
            <Options choices={currencies.map((code) => ({ value: code, label: code }))} blank={t("allCurrencies")} />
          </Select>
        </Field>
        <Field id="rates-withdrawn" label={t("filterState")}>
          <Select id="rates-withdrawn" name="withdrawn" defaultValue={withdrawn ? "true" : ""}>
            <option value="">{t("liveRates")}</option>
            <option value="true">{t("showWithdrawn")}</option>
          </Select>
        </Field>
        <div>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </div>
      </form>
      {rates.total === 0 ? (
        <EmptyState>{currency || withdrawn ? t("emptyFiltered") : t("empty")}</EmptyState>
      ) : (
        <>
          <Table caption={t("title")} headings={[t("fields.currency"), t("fields.period"), t("fields.rate"), t("fields.source"), ""]}>
            {rates.rows.map((rate) => {
              const period = periodLabel(format, rate.period, rate.periodStart);
              return (
                <tr key={rate.id} data-testid="exchange-rate-row">
                  <Td className="font-mono">{rate.currency}</Td>
                  <Td label={t("fields.period")}>
                    {period} <span className="text-xs text-slate-500">({t(`periods.${rate.period}`)})</span>
                  </Td>
                  <Td label={t("fields.rate")}>
                    <span className="font-mono">{rate.rate}</span> <span className="text-xs text-slate-500">{t("perBase", { currency: rate.currency, base: rate.baseCurrency })}</span>
                  </Td>
                  <Td label={t("fields.source")}>
                    {rate.source} {rate.importId ? <Badge tone="muted">{t("fromImport")}</Badge> : null}
                  </Td>
                  <Td>
                    {manages ? (
                      <Link href={`/admin/exchange-rates/${rate.id}`} aria-label={t("editLabel", { currency: rate.currency, period })}>
                        {t("edit")}
                      </Link>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </Table>
          <NumberedPager place={rates} href={query} label={t("title")} />
        </>
      )}
      <p className="mt-6 flex gap-4 text-sm">
        <a href={`/exports/exchange-rates.csv${exportQuery}`} download>
          {t("exportCsv")}
        </a>
        <a href={`/exports/exchange-rates.xlsx${exportQuery}`} download>
          {t("exportXlsx")}
        </a>
      </p>
    </>
  );
}

export default withRefusal(ExchangeRatesPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
