/**
 * The sections of a country's public page (decision 2200), each from what the anonymous read returned: key steps,
 * shared milestones with their evidence, support converted to the reporting currency (decision 2110), shared results.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { StepStatusBadge } from "@/components/countries/status-badges";
import { formatIndicatorFigure } from "@/components/results/indicator-figures";
import type { stepStatuses } from "@/db/schema/values";
import type { Locale } from "@/lib/i18n/locales";
import { localized, titleText } from "@/lib/i18n/localized";
import { publicEvidencePath } from "@/lib/publication/public-paths";
import { type PublicCountry, publicMilestoneLimit } from "@/lib/publication/read-public-country";

const heading = "text-lg font-semibold text-slate-900";
const day = (text: string) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text);

export async function StepsSection({ country, locale }: { country: PublicCountry; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("publicPages"), getFormatter()]);
  return (
    <section aria-labelledby="steps" className="mt-8">
      <h2 id="steps" className={heading}>
        {t("keySteps")}
      </h2>
      <table className="mt-2 w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">{t("step")}</th>
            <th scope="col" className="py-1 pr-2">{t("status")}</th>
            <th scope="col" className="py-1">{t("since")}</th>
          </tr>
        </thead>
        <tbody>
          {country.steps.map((step) => (
            <tr key={step.id} className="border-b border-slate-200">
              <th scope="row" className="py-1 pr-2 font-normal">
                {step.position}. {titleText(step.title, locale)}
              </th>
              <td className="py-1 pr-2">
                <StepStatusBadge status={step.status as (typeof stepStatuses)[number]} />
              </td>
              <td className="py-1">{step.statusChangedAt ? format.dateTime(day(step.statusChangedAt), { dateStyle: "medium" }) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export async function MilestonesSection({ country, locale }: { country: PublicCountry; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("publicPages"), getFormatter()]);
  const stepTitles = new Map(country.steps.map((step) => [step.id, `${step.position}. ${titleText(step.title, locale)}`]));
  return (
    <section aria-labelledby="milestones" className="mt-8">
      <h2 id="milestones" className={heading}>
        {t("milestones")}
      </h2>
      {country.milestones.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("noMilestones")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600">{t("milestonesNote", { count: publicMilestoneLimit })}</p>
          <ul className="mt-2 space-y-3">
            {country.milestones.map((milestone) => (
              <li key={milestone.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="text-sm text-slate-600">
                  <time dateTime={milestone.occurredOn}>{format.dateTime(day(milestone.occurredOn), { dateStyle: "medium" })}</time> · {stepTitles.get(milestone.countryStepId)}
                </p>
                <h3 className="font-medium text-slate-900">{milestone.title}</h3>
                {milestone.description ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{milestone.description}</p> : null}
                {milestone.evidence.length > 0 ? (
                  <ul className="mt-2 list-disc pl-5 text-sm" aria-label={t("evidence")}>
                    {milestone.evidence.map((item) => (
                      <li key={item.id}>
                        {item.kind === "file" ? (
                          <a href={publicEvidencePath(item.id)} className="underline" download>
                            {t("evidenceFile", { title: item.title, size: format.number((item.byteSize ?? 0) / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }) })}
                          </a>
                        ) : (
                          <a href={item.url ?? "#"} rel="nofollow noopener noreferrer" className="underline">
                            {t("evidenceLink", { title: item.title })}
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const flows = ["pledged", "committed", "disbursed", "spent"] as const;

export async function SupportSection({ country }: { country: PublicCountry }) {
  const [t, format] = await Promise.all([getTranslations("publicPages"), getFormatter()]);
  const support = country.support;
  return (
    <section aria-labelledby="support" className="mt-8">
      <h2 id="support" className={heading}>
        {t("support")}
      </h2>
      {!support ? (
        <p className="mt-1 text-slate-700">{t("noSupport")}</p>
      ) : (
        <>
          <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("supportIntro", { entries: support.entries, currency: support.reportingCurrency })}</p>
          <dl className="mt-2 grid max-w-2xl grid-cols-2 gap-2 sm:grid-cols-4">
            {flows.map((flow) => (
              <div key={flow} className="rounded border border-slate-200 bg-white p-2">
                <dt className="text-sm text-slate-600">{t(`flow.${flow}`)}</dt>
                <dd className="font-semibold text-slate-900" data-testid={`support-${flow}`}>
                  {format.number(Number(support.converted[flow]), { style: "currency", currency: support.reportingCurrency, maximumFractionDigits: 0 })}
                </dd>
              </div>
            ))}
          </dl>
          {support.leftOut > 0 ? <p className="mt-2 text-sm text-slate-700">{t("leftOut", { count: support.leftOut })}</p> : null}
          {support.rates.length > 0 ? (
            <div className="mt-2 text-sm text-slate-700">
              <h3 className="font-medium">{t("ratesUsed")}</h3>
              <ul className="list-disc pl-5">
                {support.rates.map((rate) => (
                  <li key={`${rate.currency}-${rate.periodStart}`}>
                    {t("rate", { base: rate.baseCurrency, rate: rate.rate, currency: rate.currency, start: format.dateTime(day(rate.periodStart), { dateStyle: "medium" }), source: rate.source })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

export async function ResultsSection({ country, locale }: { country: PublicCountry; locale: Locale }) {
  const [t, tResults, format] = await Promise.all([getTranslations("publicPages"), getTranslations("countryResults"), getFormatter()]);
  return (
    <section aria-labelledby="results" className="mt-8">
      <h2 id="results" className={heading}>
        {t("results")}
      </h2>
      {country.results.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("noResults")}</p>
      ) : (
        country.results.map((indicator) => (
          <table key={indicator.id} className="mt-3 w-full max-w-3xl border-collapse text-left text-sm">
            <caption className="text-left font-medium text-slate-900">
              {localized(indicator.name, locale)} ({tResults(`unit.${indicator.unit as "percent"}`)})
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-2">{t("period")}</th>
                <th scope="col" className="py-1 pr-2">{t("value")}</th>
                <th scope="col" className="py-1">{t("source")}</th>
              </tr>
            </thead>
            <tbody>
              {indicator.baseline ? (
                <tr className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-2 font-normal">{`${t("baseline")} ${indicator.baseline.year}`}</th>
                  <td className="py-1 pr-2">{formatIndicatorFigure(format, indicator.baseline.value)}</td>
                  <td className="py-1">{indicator.baseline.source || t("noSource")}</td>
                </tr>
              ) : null}
              {indicator.values.map((value) => (
                <tr key={`${value.period}-${value.sex}`} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-2 font-normal">{`${value.period} (${t(`sex.${value.sex as "total"}`)})`}</th>
                  <td className="py-1 pr-2">{formatIndicatorFigure(format, value.value)}</td>
                  <td className="py-1">{value.source || t("noSource")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
    </section>
  );
}
