import type { Metadata } from "next";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayInCountry } from "@/lib/permissions";
import { listCountryTrainings } from "@/lib/trainings/list-trainings";
import { withdrawTrainingAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function pageMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getTranslations("trainings"))("history")} — ${(await params).code.toUpperCase()}` };
}

async function CountryTrainingsPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { actor, country, trainings } = await loadPage(async ({ db, actor }) => ({ actor, ...(await listCountryTrainings(db, actor, code)) }));
  const [t, format, locale, { done }] = await Promise.all([getTranslations("trainings"), getFormatter(), getLocale(), searchParams]);
  const countryName = localized(country.name, locale as Locale);
  const mayRecord = mayInCountry(actor, "training.write", country.code);
  const day = (value: string) => format.dateTime(dateOnly(value), dateOnlyFormat);

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("countryIntro")}
        actions={
          mayRecord ? (
            <Link href={`/countries/${country.code}/trainings/new`} className={buttonClassName()}>{t("record")}</Link>
          ) : null
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={["recorded", "saved", "withdrawn"] as const} message={(key) => t(`done.${key}`)} />
      {trainings.length === 0 ? (
        <EmptyState action={mayRecord ? <Link href={`/countries/${country.code}/trainings/new`}>{t("record")}</Link> : undefined}>
          {mayRecord ? t("emptyWriter") : t("emptyReader")}
        </EmptyState>
      ) : (
        <ol className="space-y-4" aria-label={t("history")}>
          {trainings.map((training) => (
            <li key={training.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="training">
              <h2 className="font-semibold">{training.course}</h2>
              <p className="text-sm text-slate-600">
                {training.institutionName} · <time dateTime={training.startDate}>{day(training.startDate)}</time>
                {training.endDate ? (
                  <>
                    {" – "}
                    <time dateTime={training.endDate}>{day(training.endDate)}</time>
                  </>
                ) : null}
                {training.fundingAgency ? <> · {t("fundedBy", { agency: training.fundingAgency.acronym })}</> : null}
              </p>
              <p className="mt-1 text-sm">
                {t("participantTotals", { total: training.totals.total, women: training.totals.women, men: training.totals.men, unstated: training.totals.unstated })}
              </p>
              {training.participants.length > 0 ? (
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                  {training.participants.map((row) => (
                    <li key={row.organisation}>
                      {t("participantRow", { organisation: row.organisation, total: row.women + row.men + row.unstated, women: row.women, men: row.men })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {training.participantNames && training.participantNames.length > 0 ? (
                <p className="mt-1 text-sm text-slate-700">{t("names", { names: training.participantNames.join(", ") })}</p>
              ) : null}
              {training.supportEntry ? (
                <p className="mt-1 text-sm">
                  <Link href={`/support/${training.supportEntry.id}`}>{t("supportEntry", { title: training.supportEntry.title })}</Link>
                </p>
              ) : null}
              {training.mayEdit ? (
                <div className="mt-2 flex flex-wrap items-start gap-2">
                  <Link href={`/countries/${country.code}/trainings/${training.id}/edit`} aria-label={t("editNamed", { course: training.course })} className={buttonClassName("secondary", "min-h-8 px-3 py-1")}>
                    {t("edit")}
                  </Link>
                  <ActionButton
                    action={withdrawTrainingAction}
                    fields={{ id: training.id }}
                    label={t("withdraw")}
                    pendingLabel={t("withdrawing")}
                    accessibleLabel={t("withdrawNamed", { course: training.course })}
                    variant="danger"
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export default withRefusal(CountryTrainingsPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
