import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { FinancingGapTable } from "@/components/costing/financing-gap-table";
import { GdpShareChart } from "@/components/costing/gdp-share-chart";
import { NeedsForm } from "@/components/costing/needs-form";
import { PackageRowsTable } from "@/components/costing/package-rows-table";
import { ProblemList } from "@/components/costing/problem-list";
import { CostingHistory } from "@/components/costing/scenarios/costing-history";
import { WithdrawPackageForm } from "@/components/costing/scenarios/withdraw-package-form";
import { formatAmount } from "@/components/costing/figures";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { CostingBreadcrumb } from "@/components/costing/costing-breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { getCosting } from "@/lib/costing/data/get-costing";
import { listCostingHistory } from "@/lib/costing/data/history";
import { listPackageNeeds } from "@/lib/costing/data/package-needs";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { mayInCountry } from "@/lib/permissions";
import { createNeedsAction } from "../../actions";
import { withdrawPackageAction } from "../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

/** The costing as the actor reads it, the package asked for (none when not readable or not live), its needs and history. */
const load = cache((code: string, id: string, historyPage: string | undefined) =>
  loadPage(async ({ db, actor }) => {
    const costing = await getCosting(db, actor, code);
    const costingPackage = costing.packages.find((one) => one.id === id);
    if (!costingPackage) return { actor, costing, costingPackage, needs: [], history: null };
    const [needs, history] = await Promise.all([
      listPackageNeeds(db, costingPackage.id),
      listCostingHistory(db, actor, { countryCode: costing.country.code, subject: { kind: "package", id: costingPackage.id }, page: historyPage }),
    ]);
    return { actor, costing, costingPackage, needs, history };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, id } = await params;
  const { costing, costingPackage } = await load(code, id, undefined);
  return { title: `${costingPackage?.name ?? (await getTranslations("costing"))("title")} · ${localized(costing.country.name, (await getLocale()) as Locale)}` };
}

const doneMessages = ["added", "saved", "financingSaved", "needsCreated"] as const;

async function CostingPackagePage({ params, searchParams }: Props) {
  const [{ code, id }, query] = await Promise.all([params, searchParams]);
  const { actor, costing, costingPackage, needs, history } = await load(code, id, query.page);
  const [t, tDone, format] = await Promise.all([getTranslations("costing"), getTranslations("costingPackages.done"), getFormatter()]);
  const { country, frame } = costing;
  const base = `/countries/${country.code}/costing`;
  const breadcrumb = (
    <CostingBreadcrumb country={country} />
  );
  if (!costing.readable) {
    return (
      <>
        <PageHeader title={t("title")}>{breadcrumb}</PageHeader>
        <EmptyState>{t("keptFromReader")}</EmptyState>
      </>
    );
  }
  if (!costingPackage || !frame || !history) notFound();
  const mayWrite = mayInCountry(actor, "costing.write", country.code);
  const names = new Map(costing.scenarios.map((scenario) => [scenario.id, scenario.name]));
  const scenarios = costingPackage.scenarioIds.filter((scenarioId) => names.has(scenarioId)).map((scenarioId) => ({ id: scenarioId, name: names.get(scenarioId)! }));
  const withdrawnCount = costingPackage.scenarioIds.length - scenarios.length;
  const neededYears = new Set(needs.map((need) => need.year));
  const offeredYears = costingPackage.financingGap
    .filter((row) => row.uncovered !== null && Number(row.uncovered) > 0 && !neededYears.has(row.year))
    .map((row) => ({ value: String(row.year), label: `${row.year}: ${formatAmount(format, row.uncovered)} ${frame.currency}` }));

  return (
    <>
      <PageHeader
        title={costingPackage.name}
        intro={t("package.intro", { currency: frame.currency })}
        actions={
          mayWrite ? (
            <>
              <Link href={`${base}/packages/${costingPackage.id}/edit`} className={buttonClassName("secondary")}>
                {t("package.editLink")}
              </Link>
              <Link href={`${base}/packages/${costingPackage.id}/financing`} className={buttonClassName("secondary")}>
                {t("package.financingLink")}
              </Link>
            </>
          ) : null
        }
      >
        {breadcrumb}
      </PageHeader>
      <DoneNotice
        done={query.done}
        known={doneMessages}
        message={(key) => (key === "needsCreated" ? t("done.needsCreated", { count: Number(query.created ?? 0) }) : tDone(key))}
      />
      <section aria-labelledby="package-scenarios" className="mb-6">
        <h2 id="package-scenarios" className="mb-2 text-lg font-semibold">
          {t("package.scenariosHeading")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {scenarios.map((scenario) => (
            <li key={scenario.id}>
              <Link href={`${base}/scenarios/${scenario.id}`}>{scenario.name}</Link>
            </li>
          ))}
          {withdrawnCount > 0 ? <li className="text-slate-600">{t("package.withdrawnScenarios", { count: withdrawnCount })}</li> : null}
        </ul>
      </section>
      <section aria-labelledby="package-cost">
        <h2 id="package-cost" className="mb-2 text-lg font-semibold">
          {t("package.costHeading")}
        </h2>
        <ProblemList rows={costingPackage.rows} />
        <GdpShareChart rows={costingPackage.rows} scenarios={scenarios} title={costingPackage.name} />
        <PackageRowsTable rows={costingPackage.rows} scenarios={scenarios} currency={frame.currency} caption={t("package.rowsCaption", { name: costingPackage.name, currency: frame.currency })} />
      </section>
      <section aria-labelledby="package-gap" className="mt-8">
        <h2 id="package-gap" className="mb-2 text-lg font-semibold">
          {t("package.gapHeading")}
        </h2>
        {costingPackage.financing.length === 0 ? <p className="mb-2 text-sm text-slate-600">{t("package.noFinancing")}</p> : null}
        <FinancingGapTable rows={costingPackage.financingGap} currency={frame.currency} />
      </section>
      <section aria-labelledby="package-needs" id="needs" className="mt-8">
        <h2 id="package-needs" className="mb-2 text-lg font-semibold">
          {t("needs.heading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("needs.intro")}</p>
        {needs.length > 0 ? (
          <ul className="mb-4 list-disc space-y-1 pl-5 text-sm">
            {needs.map((need) => (
              <li key={need.needId}>
                <Link href={`/countries/${country.code}/support#need-${need.needId}`}>
                  {t("needs.item", { year: String(need.year), amount: formatAmount(format, need.estimateAmount), currency: need.estimateCurrency ?? frame.currency })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {mayWrite ? (
          offeredYears.length > 0 ? (
            <ClientMessages namespaces={["costing", "costingScenarioRules"]}>
              <NeedsForm action={createNeedsAction} countryCode={country.code} version={costing.version} packageId={costingPackage.id} years={offeredYears} />
            </ClientMessages>
          ) : (
            <p className="text-sm text-slate-600">{t("needs.noYears")}</p>
          )
        ) : null}
      </section>
      <div className="mt-8">
        <CostingHistory history={history} headingId="package-history" showSubject={false} pageHref={(page) => `${base}/packages/${costingPackage.id}?page=${page}#package-history`} />
      </div>
      {mayWrite ? (
        <ClientMessages namespaces={["support", "costingPackages"]}>
          <WithdrawPackageForm action={withdrawPackageAction} id={costingPackage.id} version={costingPackage.version} />
        </ClientMessages>
      ) : null}
    </>
  );
}

export default withRefusal(CostingPackagePage);
export const generateMetadata = withRefusalTitle(pageMetadata);
