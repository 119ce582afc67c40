import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ExchangeRateForm } from "@/components/exchange-rates/rate-form";
import { periodLabel } from "@/components/exchange-rates/period-label";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Card, TitledCard } from "@/components/ui/card";
import { DoneNotice } from "@/components/ui/done-notice";
import { HistoryList } from "@/components/ui/history-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getExchangeRate, listExchangeRateHistory } from "@/lib/funding/rates/list-exchange-rates";
import { getFundingSettings } from "@/lib/funding/settings";
import { mayEverDo } from "@/lib/permissions";
import { editExchangeRateAction, restoreExchangeRateAction, withdrawExchangeRateAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; history?: string }> };

const load = cache(async (id: string, historyPage?: string) =>
  loadPage(async ({ db, actor }) => {
    if (!mayEverDo(actor, "exchangeRate.manage")) forbidden();
    const rate = await getExchangeRate(db, actor, id);
    return { rate, history: await listExchangeRateHistory(db, actor, { id, page: historyPage }), settings: await getFundingSettings(db) };
  }),
);

const doneKinds = ["added", "edited", "withdrawn", "restored"] as const;
const historyActions = ["add", "edit", "withdraw", "restore"] as const;

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { rate } = await load((await params).id);
  const [t, format] = await Promise.all([getTranslations("exchangeRates"), getFormatter()]);
  return { title: t("editTitle", { currency: rate.currency, period: periodLabel(format, rate.period, rate.periodStart) }) };
}

async function ExchangeRatePage({ params, searchParams }: Props) {
  const [{ id }, { done, history: historyPage }] = await Promise.all([params, searchParams]);
  const { rate, history, settings } = await load(id, historyPage);
  const [t, tNav, format] = await Promise.all([getTranslations("exchangeRates"), getTranslations("nav"), getFormatter()]);
  const period = periodLabel(format, rate.period, rate.periodStart);
  const fields = { id: rate.id, version: rate.version };
  return (
    <>
      <PageHeader title={t("editTitle", { currency: rate.currency, period })} intro={t("editIntro")}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/admin/exchange-rates">{t("title")}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={doneKinds} message={(kind) => t(`done.${kind}`)} />
      <dl className="mb-6 grid gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("fields.currency")}</dt>
          <dd className="font-mono">{t("perBase", { currency: rate.currency, base: rate.baseCurrency })}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("fields.period")}</dt>
          <dd>
            {period} ({t(`periods.${rate.period}`)})
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("fields.rate")}</dt>
          <dd className="font-mono">{rate.rate}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("fields.source")}</dt>
          <dd>{rate.source}</dd>
        </div>
      </dl>
      <ClientMessages namespaces={["exchangeRates"]}>
        {rate.withdrawn ? (
          <TitledCard id="restore-title" title={t("restoreTitle")}>
            <div className="mb-3">
              <Alert tone="info">{t("withdrawnNotice")}</Alert>
            </div>
            <ActionButton action={restoreExchangeRateAction} fields={fields} label={t("restore")} variant="primary" />
          </TitledCard>
        ) : (
          <div className="space-y-6">
            <Card>
              <ExchangeRateForm action={editExchangeRateAction} rate={rate} reportingCurrency={settings.reportingCurrency} />
            </Card>
            <TitledCard id="withdraw-title" title={t("withdrawTitle")}>
              <p className="mb-3 text-sm text-slate-700">{t("withdrawIntro")}</p>
              <ActionButton action={withdrawExchangeRateAction} fields={fields} label={t("withdraw")} variant="danger" />
            </TitledCard>
          </div>
        )}
      </ClientMessages>
      <HistoryList
        history={history}
        headingId="rate-history"
        heading={t("historyTitle")}
        empty={t("historyEmpty")}
        pagesLabel={t("historyTitle")}
        pageHref={(page) => `/admin/exchange-rates/${rate.id}${page > 1 ? `?history=${page}` : ""}#rate-history`}
        what={(entry) => {
          const action = historyActions.find((name) => entry.action === `exchangeRate.${name}`);
          return <strong>{action ? t(`historyActions.${action}`) : entry.action}</strong>;
        }}
        byWhomWhen={(entry) => t("historyBy", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}
        describe={(entry) =>
          entry.changes
            .filter((change) => change.field === "rate" || change.field === "source")
            .map((change) => t("historyChange", { field: t(`fields.${change.field as "rate" | "source"}`), before: String(change.before ?? "—"), after: String(change.after ?? "—") }))
            .join("\n")
        }
      />
    </>
  );
}

export default withRefusal(ExchangeRatePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
