import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { CostingVersions } from "@/components/costing/costing-versions";
import { CostingStanding } from "@/components/costing/costing-standing";
import { InputsSummary } from "@/components/costing/inputs-summary";
import { PackagesSummary } from "@/components/costing/packages-summary";
import { ScenariosSummary } from "@/components/costing/scenarios-summary";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getCosting } from "@/lib/costing/data/get-costing";
import { listWithdrawnCostingScenarios } from "@/lib/costing/data/get-scenario";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can, mayInCountry } from "@/lib/permissions";
import { shareCostingAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string) =>
  loadPage(async ({ db, actor }) => {
    const costing = await getCosting(db, actor, code);
    return { actor, costing, withdrawn: costing.readable ? await listWithdrawnCostingScenarios(db, actor, costing.country.code) : [] };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { costing } = await load((await params).code);
  const t = await getTranslations("costing");
  return { title: t("countryTitle", { country: localized(costing.country.name, (await getLocale()) as Locale) }) };
}

const doneMessages = ["shared", "frameSet", "yearsSaved", "packageWithdrawn", "scenarioWithdrawn"] as const;

function Section({ id, title, actions, children }: { id: string; title: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions ? <p className="flex flex-wrap gap-3 text-sm">{actions}</p> : null}
      </div>
      {children}
    </section>
  );
}

async function CostingPage({ params, searchParams }: Props) {
  const [{ code }, { done }] = await Promise.all([params, searchParams]);
  const { actor, costing, withdrawn } = await load(code);
  const [t, format, locale] = await Promise.all([getTranslations("costing"), getFormatter(), getLocale()]);
  const { country, frame } = costing;
  const countryName = localized(country.name, locale as Locale);
  const mayWrite = mayInCountry(actor, "costing.write", country.code);
  const base = `/countries/${country.code}/costing`;

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("intro")}
        actions={
          <>
            {mayWrite && costing.scenarios.length > 0 ? (
              <Link href={`${base}/validate`} className={buttonClassName()}>
                {t("validateLink")}
              </Link>
            ) : null}
            <Link href={`/countries/${country.code}/assessment`} className={buttonClassName("secondary")}>
              {t("assessmentLink")}
            </Link>
          </>
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {!costing.readable ? (
        <EmptyState>{t("keptFromReader")}</EmptyState>
      ) : !frame ? (
        <EmptyState action={mayWrite ? <Link href={`${base}/frame`}>{t("setFrameLink")}</Link> : undefined}>{mayWrite ? t("emptyWriter") : t("emptyReader")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["costing"]}>
          <CostingStanding costing={costing} mayWrite={mayWrite} share={shareCostingAction} />
          <Section
            id="costing-inputs"
            title={t("inputsHeading")}
            actions={
              mayWrite ? (
                <>
                  <Link href={`${base}/years`}>{t("editYearsLink")}</Link>
                  <Link href={`${base}/population`}>{t("populationLink")}</Link>
                </>
              ) : undefined
            }
          >
            <InputsSummary frame={frame} years={costing.years} />
          </Section>
          <Section id="costing-scenarios" title={t("scenariosHeading")} actions={mayWrite ? <Link href={`${base}/scenarios/new`}>{t("addScenarioLink")}</Link> : undefined}>
            {costing.scenarios.length === 0 ? <EmptyState>{mayWrite ? t("noScenariosWriter") : t("noScenariosReader")}</EmptyState> : <ScenariosSummary countryCode={country.code} frame={frame} scenarios={costing.scenarios} />}
            {withdrawn.length > 0 ? (
              <details className="mt-3 text-sm">
                <summary>{t("withdrawnScenarios", { count: withdrawn.length })}</summary>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {withdrawn.map((scenario) => (
                    <li key={scenario.id}>
                      <Link href={`${base}/scenarios/${scenario.id}`}>{scenario.name}</Link>{" "}
                      <span className="text-slate-600">({format.dateTime(scenario.withdrawnAt, { dateStyle: "medium" })})</span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </Section>
          <Section
            id="costing-packages"
            title={t("packagesHeading")}
            actions={
              <>
                {costing.packages.length > 1 ? <Link href={`${base}/compare`}>{t("comparePackagesLink")}</Link> : null}
                {mayWrite && costing.scenarios.length > 0 ? <Link href={`${base}/packages/new`}>{t("addPackageLink")}</Link> : null}
              </>
            }
          >
            {costing.packages.length === 0 ? <EmptyState>{t("noPackages")}</EmptyState> : <PackagesSummary countryCode={country.code} frame={frame} packages={costing.packages} />}
          </Section>
          <CostingVersions countryCode={country.code} versions={costing.versions} />
          <p className="mt-6 flex flex-wrap gap-3 text-sm">
            <Link href={`${base}/history`}>{t("historyLink")}</Link>
            {can(actor, "report.export", { countryCode: country.code }) ? (
              <>
                <span aria-hidden="true">·</span>
                <a href={`/exports/costing/${country.code}`}>{t("workbookLink")}</a>
              </>
            ) : null}
          </p>
        </ClientMessages>
      )}
    </>
  );
}

export default withRefusal(CostingPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
