import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { NeedsWithoutSupportBadge } from "@/components/support/badges";
import { EntryList } from "@/components/support/entry-list";
import { ConvertedTotals, HowWeCount } from "@/components/funding/converted-totals";
import { ConvertedStepRows } from "@/components/funding/converted-step-rows";
import { MoneyCells, MoneyHeaders, MoneyTotals } from "@/components/support/money-table";
import { NeedList } from "@/components/support/need-list";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { can } from "@/lib/permissions";
import { mayAddSupport, writableAgencies } from "@/lib/support/capabilities";
import { getCountrySupport } from "@/lib/support/get-country-support";
import { answerNeedAction, unanswerNeedAction } from "../../../support/actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string) => loadPage(async ({ db, actor }) => ({ actor, page: await getCountrySupport(db, actor, code) })));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await load((await params).code);
  const t = await getTranslations("support");
  return { title: t("countryTitle", { country: localized(page.country.name, (await getLocale()) as Locale) }) };
}

const doneMessages = ["needAdded", "needSaved", "needWithdrawn"] as const;

async function CountrySupportPage({ params, searchParams }: Props) {
  const { actor, page } = await load((await params).code);
  const { done } = await searchParams;
  const locale = (await getLocale()) as Locale;
  const [t, tNav, tCountries, tFunding] = await Promise.all([
    getTranslations("support"),
    getTranslations("nav"),
    getTranslations("countries"),
    getTranslations("funding"),
  ]);
  const countryName = localized(page.country.name, locale);
  const code = page.country.code;
  const canWriteNeeds = can(actor, "need.write", { countryCode: code });
  const agencies = writableAgencies(actor);
  const allEntries = [...page.steps.flatMap((step) => step.entries), ...page.entriesWithoutStep];
  const answering = {
    // The "answer with" lists, by title; the page's lists of entries come latest first.
    entries: [...new Map(allEntries.map((entry) => [entry.id, entry])).values()]
      .filter((entry) => can(actor, "need.answer", { countryCode: code, agencyId: entry.agencyId }))
      .sort((a, b) => a.title.localeCompare(b.title, locale)),
    agencyIds: agencies,
    returnTo: `/countries/${code}/support`,
    canAdd: mayAddSupport(actor),
    answer: answerNeedAction,
    unanswer: unanswerNeedAction,
  };
  const stepTitle = (title: (typeof page.steps)[number]["title"]) => (titleText(title, locale));
  const stepsWithDetail = page.steps.filter((step) => step.needs.length > 0 || step.entries.length > 0);

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("countryIntro")}
        actions={
          <>
            {canWriteNeeds ? (
              <Link href={`/countries/${code}/support/needs/new`} className={buttonClassName("secondary")}>{t("recordNeed")}</Link>
            ) : null}
            {answering.canAdd ? (
              <Link href={`/support/new?country=${code}`} className={buttonClassName()}>{t("addSupport")}</Link>
            ) : null}
          </>
        }
      >
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/countries">{tCountries("title")}</Link> › <Link href={`/countries/${code}`}>{countryName}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />

      <h2 className="mb-2 text-lg font-semibold">{t("totalsTitle")}</h2>
      <HowWeCount />
      {page.totals.length === 0 ? (
        <EmptyState>{canWriteNeeds ? t("noMoneyYetMember") : t("noMoneyYet")}</EmptyState>
      ) : (
        <>
          <MoneyTotals totals={page.totals} caption={t("totalsTitle")} />
          <p className="mt-4 text-sm text-slate-600">{tFunding("convertedIntro")}</p>
          <ConvertedTotals totals={page.funding} caption={tFunding("convertedTitle", { currency: page.reportingCurrency })} />
        </>
      )}

      <h2 className="mt-8 mb-2 text-lg font-semibold">{t("byStepTitle")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("gapExplained")}</p>
      <Table caption={t("byStepTitle")}>
        <thead>
          <tr>
            <Th className="w-10">#</Th>
            <Th>{t("step")}</Th>
            <Th>{t("currency")}</Th>
            <MoneyHeaders />
          </tr>
        </thead>
        <tbody>
          {page.steps.map((step, index) => {
            const label = (
              <>
                <a href={`#support-step-${step.id}`} className="font-medium">
                  {stepTitle(step.title)}
                </a>
                <p className="mt-1 flex flex-wrap gap-2 text-xs text-slate-600">
                  {step.needsWithoutSupport ? <NeedsWithoutSupportBadge /> : null}
                  {step.needs.length ? <span>{t("needCount", { count: step.needs.length })}</span> : null}
                  {step.entries.length ? <span>{t("entryCount", { count: step.entries.length })}</span> : null}
                </p>
              </>
            );
            // Grey text in these rows is slate-600: slate-500 on the red-50 of a step with unanswered needs falls below 4.5:1.
            const rowClass = step.needsWithoutSupport ? "bg-red-50" : undefined;
            if (step.money.length === 0) {
              return (
                <tr key={step.id} className={rowClass}>
                  <Td className="text-slate-600">{index + 1}</Td>
                  <Td>{label}</Td>
                  <Td colSpan={7} className="text-slate-600">
                    {t("noMoneyOnStep")}
                  </Td>
                </tr>
              );
            }
            // The step's flows in the reporting currency follow its currencies, with their rates as a footnote row.
            const span = step.money.length + 2;
            return [
              ...step.money.map((figures, row) => (
                <tr key={`${step.id}-${figures.currency}`} className={rowClass}>
                  {row === 0 ? (
                    <>
                      <Td rowSpan={span} className="text-slate-600">
                        {index + 1}
                      </Td>
                      <Td rowSpan={span}>{label}</Td>
                    </>
                  ) : null}
                  <Td label={t("currency")} className="font-medium">{figures.currency}</Td>
                  <MoneyCells figures={figures} />
                </tr>
              )),
              <ConvertedStepRows key={`${step.id}-converted`} totals={step.funding} className={rowClass} />,
            ];
          })}
        </tbody>
      </Table>

      <h2 className="mt-8 mb-3 text-lg font-semibold">{t("stepsDetailTitle")}</h2>
      {stepsWithDetail.length === 0 ? (
        <EmptyState>{canWriteNeeds ? t("nothingYetMember") : t("nothingYet")}</EmptyState>
      ) : (
        <div className="space-y-8">
          {stepsWithDetail.map((step) => (
            <section key={step.id} id={`support-step-${step.id}`} aria-labelledby={`support-step-${step.id}-title`} className="scroll-mt-4">
              <h3 id={`support-step-${step.id}-title`} className="mb-3 flex flex-wrap items-center gap-2 font-semibold">
                {stepTitle(step.title)} {step.needsWithoutSupport ? <NeedsWithoutSupportBadge /> : null}
              </h3>
              {step.needs.length > 0 ? (
                <div className="mb-4">
                  <h4 className="mb-2 text-sm font-medium text-slate-600">{t("needsTitle")}</h4>
                  <NeedList needs={step.needs} countryCode={code} canEdit={canWriteNeeds} answering={answering} />
                </div>
              ) : null}
              {step.entries.length > 0 ? (
                <EntryList
                  entries={step.entries}
                  caption={t("entriesOfStep", { step: stepTitle(step.title) })}
                  all={{ href: `/countries/${code}/steps/${step.id}#step-support-${step.id}`, label: t("allEntriesOfStep", { count: step.entries.length }) }}
                />
              ) : null}
            </section>
          ))}
        </div>
      )}
      {page.entriesWithoutStep.length > 0 ? (
        <section className="mt-8" aria-labelledby="support-no-step">
          <h2 id="support-no-step" className="mb-3 text-lg font-semibold">
            {t("entriesWithoutStep")}
          </h2>
          <EntryList
            entries={page.entriesWithoutStep}
            caption={t("entriesWithoutStep")}
            all={{ href: `/support?country=${code}`, label: t("allEntriesOfCountry") }}
          />
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(CountrySupportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
