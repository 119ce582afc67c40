import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SpfiStatusBadge, StepStatusBadge } from "@/components/countries/status-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { requireActor } from "@/lib/session";
import { orPageError } from "../../../_edge/page-errors";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }> };

async function load(code: string) {
  const actor = await requireActor();
  return orPageError(getCountryOverview(await getDb(), actor, code));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { country } = await load((await params).code);
  return { title: localized(country.name, (await getLocale()) as Locale) };
}

export default async function CountryPage({ params }: Props) {
  const { country, steps } = await load((await params).code);
  const locale = (await getLocale()) as Locale;
  const [t, tNav, tCountries, tRegions, format] = await Promise.all([
    getTranslations("country"),
    getTranslations("nav"),
    getTranslations("countries"),
    getTranslations("regions"),
    getFormatter(),
  ]);
  const name = localized(country.name, locale);

  return (
    <>
      <PageHeader title={name}>
        <nav aria-label={tNav("breadcrumb")} className="mb-1 text-sm">
          <Link href="/countries">{tCountries("title")}</Link>
        </nav>
      </PageHeader>
      <dl className="mb-6 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="text-slate-500">{tCountries("region")}</dt>
          <dd>{tRegions(country.region)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{tCountries("spfiStatus")}</dt>
          <dd>
            <SpfiStatusBadge status={country.spfiStatus} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("framework")}</dt>
          <dd>{t("frameworkVersion", { number: country.frameworkVersion })}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("support")}</dt>
          <dd>
            <Link href={`/countries/${country.code}/support`}>{t("supportLink")}</Link>
          </dd>
        </div>
      </dl>
      <h2 className="mb-3 text-lg font-semibold">{t("keySteps")}</h2>
      {steps.length === 0 ? (
        <EmptyState>{t("noSteps")}</EmptyState>
      ) : (
        <Table caption={t("keySteps")}>
          <thead>
            <tr>
              <Th className="w-12">#</Th>
              <Th>{t("step")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("lastChange")}</Th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step, index) => (
              <tr key={step.id} id={`step-${step.id}`}>
                <Td className="text-slate-500">{index + 1}</Td>
                <Td>
                  <p className="font-medium">{typeof step.title === "string" ? step.title : localized(step.title, locale)}</p>
                  <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-500">
                    {step.key === null ? <span>{t("nationalStep")}</span> : null}
                    {step.subActivitiesTotal > 0 ? (
                      <span>{t("subActivities", { done: step.subActivitiesDone, total: step.subActivitiesTotal })}</span>
                    ) : null}
                    {step.requiresEvidence ? <span>{t("evidenceRequired")}</span> : null}
                  </p>
                </Td>
                <Td>
                  <StepStatusBadge status={step.status} />
                </Td>
                <Td>{step.statusChangedAt ? format.dateTime(step.statusChangedAt, { dateStyle: "medium" }) : t("never")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
