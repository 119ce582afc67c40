import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IndicatorChart } from "@/components/results/indicator-chart";
import { IndicatorHistory } from "@/components/results/indicator-history";
import { IndicatorLinks } from "@/components/results/indicator-links";
import { IndicatorProposals } from "@/components/results/indicator-proposals";
import { IndicatorTable } from "@/components/results/indicator-table";
import { IndicatorValueForm } from "@/components/results/indicator-value-form";
import { IndicatorValues } from "@/components/results/indicator-values";
import { ReasonForm } from "@/components/results/reason-form";
import { ResultsBreadcrumb } from "@/components/results/results-breadcrumb";
import { Badge } from "@/components/ui/badge";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { countryFor } from "@/lib/countries/query-countries";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayInCountry } from "@/lib/permissions";
import { listCountryIndicatorHistory } from "@/lib/results/country-indicator-history";
import { getCountryIndicator } from "@/lib/results/get-country-results";
import { listWithdrawnValues } from "@/lib/results/withdrawn-values";
import { periodOfLabel } from "@/lib/validation/results";
import {
  acceptProposalAction,
  declineProposalAction,
  editValueAction,
  proposeValueAction,
  recordValueAction,
  restoreValueAction,
  withdrawCountryIndicatorAction,
  withdrawValueAction,
} from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, id: string, historyPage?: string) =>
  loadPage(async ({ db, actor }) => {
    const followed = await getCountryIndicator(db, actor, id);
    // A followed indicator is read under its own country's address only.
    if (followed.countryCode !== code.toUpperCase()) notFound();
    const [country, history, withdrawn] = await Promise.all([
      countryFor(db, actor, followed.countryCode),
      listCountryIndicatorHistory(db, actor, { countryIndicatorId: followed.id, page: historyPage }),
      listWithdrawnValues(db, actor, followed.id),
    ]);
    return { actor, followed, country, history, withdrawn };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, id } = await params;
  const { followed } = await load(code, id);
  return { title: localized(followed.indicator.name, (await getLocale()) as Locale) };
}

const doneMessages = ["followed", "saved", "recorded", "proposed", "valueSaved", "valueWithdrawn", "valueRestored", "accepted", "declined"] as const;

async function CountryIndicatorPage({ params, searchParams }: Props) {
  const [{ code, id }, query] = await Promise.all([params, searchParams]);
  const { actor, followed, country, history, withdrawn } = await load(code, id, query.page);
  const [t, locale] = await Promise.all([getTranslations("countryResults"), getLocale()]);
  const title = localized(followed.indicator.name, locale as Locale);
  const unitLabel = t(`unit.${followed.indicator.unit}`);
  const here = `/countries/${followed.countryCode}/results/${followed.id}`;
  const mayPropose = !followed.canWrite && mayInCountry(actor, "results.propose", followed.countryCode);
  const editing = followed.canWrite ? followed.values.find((value) => value.id === query.value) : undefined;
  const blankValue = { countryIndicatorId: followed.id, period: "", periodStart: "", periodEnd: "", sex: "total", value: "", source: "", note: "", evidenceUrl: "" };
  // Dates the label names are left blank, so that a corrected label brings its own.
  const named = editing ? periodOfLabel(editing.period) : null;
  const datesNamed = named !== null && editing !== undefined && named.periodStart === editing.periodStart && named.periodEnd === editing.periodEnd;

  return (
    <>
      <PageHeader
        title={title}
        actions={
          followed.canWrite ? (
            <Link href={`${here}/edit`} className={buttonClassName("secondary")}>
              {t("edit")}
            </Link>
          ) : null
        }
      >
        <ResultsBreadcrumb country={country} />
        <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <code>{followed.indicator.code}</code>
          <span>{t(`family.${followed.indicator.family}`)}</span>
          <span>{t(`direction.${followed.indicator.direction}`)}</span>
          {followed.indicator.custodian ? <span>{t("custodian", { custodian: followed.indicator.custodian })}</span> : null}
          {followed.sharingLevel === "country" ? <Badge tone="neutral">{t("keptToGroup")}</Badge> : null}
        </p>
      </PageHeader>
      <DoneNotice done={query.done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      <IndicatorChart id="indicator-chart" title={title} followed={followed} />
      <IndicatorTable title={title} followed={followed} />
      <div className="mt-8 space-y-8">
        <IndicatorLinks countryCode={followed.countryCode} links={followed.links} />
        <IndicatorProposals
          countryIndicatorId={followed.id}
          proposals={followed.proposals}
          decides={followed.canWrite}
          userId={actor.userId}
          unitLabel={unitLabel}
          actions={{ accept: acceptProposalAction, decline: declineProposalAction, withdraw: withdrawValueAction }}
        />
        <IndicatorValues
          countryIndicatorId={followed.id}
          values={followed.values}
          withdrawn={withdrawn}
          unitLabel={unitLabel}
          editHref={followed.canWrite ? (valueId) => `${here}?value=${valueId}#value-form` : undefined}
          restoreAction={restoreValueAction}
        />
        {editing ? (
          <section aria-labelledby="value-form" className="space-y-4">
            <h2 id="value-form" className="text-lg font-semibold">
              {t("value.editTitle", { period: editing.period, sex: t(`chart.sex.${editing.sex}`) })}
            </h2>
            <ClientMessages namespaces={["countryResults", "resultsRules", "support"]}>
              <IndicatorValueForm
                key={editing.id}
                action={editValueAction}
                mode="edit"
                initial={{
                  ...blankValue,
                  id: editing.id,
                  version: String(editing.version),
                  period: editing.period,
                  periodStart: datesNamed ? "" : editing.periodStart,
                  periodEnd: datesNamed ? "" : editing.periodEnd,
                  sex: editing.sex,
                  value: editing.value,
                  source: editing.source,
                  note: editing.note,
                  evidenceUrl: editing.evidenceUrl ?? "",
                }}
                sexBreakdown={followed.indicator.sexBreakdown}
                unitLabel={unitLabel}
              />
            </ClientMessages>
            <ReasonForm
              action={withdrawValueAction}
              id="withdraw-value-reason"
              fields={{ id: editing.id, version: editing.version, countryIndicatorId: followed.id }}
              label={t("value.withdraw")}
              reasonLabel={t("withdrawReason")}
            />
            <p className="text-sm">
              <Link href={`${here}#indicator-values`}>{t("value.cancel")}</Link>
            </p>
          </section>
        ) : followed.canWrite || mayPropose ? (
          <section aria-labelledby="value-form" className="space-y-4">
            <h2 id="value-form" className="text-lg font-semibold">
              {followed.canWrite ? t("value.recordTitle") : t("value.proposeTitle")}
            </h2>
            {followed.canWrite ? null : <p className="max-w-2xl text-sm text-slate-600">{t("value.proposeIntro")}</p>}
            <ClientMessages namespaces={["countryResults", "resultsRules", "support"]}>
              <IndicatorValueForm
                action={followed.canWrite ? recordValueAction : proposeValueAction}
                mode={followed.canWrite ? "record" : "propose"}
                initial={blankValue}
                sexBreakdown={followed.indicator.sexBreakdown}
                unitLabel={unitLabel}
              />
            </ClientMessages>
          </section>
        ) : null}
        <IndicatorHistory history={history} pageHref={(number) => `${here}${number > 1 ? `?page=${number}` : ""}#indicator-history`} />
        {followed.canWrite ? (
          <section aria-labelledby="stop-following" className="max-w-xl space-y-3">
            <h2 id="stop-following" className="text-lg font-semibold">
              {t("stop.title")}
            </h2>
            <p className="text-sm text-slate-600">{t("stop.intro")}</p>
            <ReasonForm
              action={withdrawCountryIndicatorAction}
              id="stop-following-reason"
              fields={{ id: followed.id, version: followed.version }}
              label={t("stop.submit")}
              reasonLabel={t("withdrawReason")}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}

export default withRefusal(CountryIndicatorPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
