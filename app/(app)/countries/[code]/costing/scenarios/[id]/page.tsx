import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ProblemList } from "@/components/costing/problem-list";
import { CostingBreadcrumb, countryNameOf } from "@/components/costing/costing-breadcrumb";
import { CostingHistory } from "@/components/costing/scenarios/costing-history";
import { ScenarioParameters } from "@/components/costing/scenarios/scenario-parameters";
import { ScenarioRecommendation } from "@/components/costing/scenarios/scenario-recommendation";
import { ScenarioRowsTable } from "@/components/costing/scenarios/scenario-rows-table";
import { ClientMessages } from "@/components/i18n/client-messages";
import { WithdrawForm } from "@/components/support/withdraw-form";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { costingReadable } from "@/lib/costing/data/get-costing";
import { getCostingScenario } from "@/lib/costing/data/get-scenario";
import { listCostingHistory } from "@/lib/costing/data/history";
import { countryFor } from "@/lib/countries/query-countries";
import { mayInCountry } from "@/lib/permissions";
import { restoreScenarioAction, withdrawScenarioAction } from "../../scenario-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string, id: string, historyPage?: string) =>
  loadPage(async ({ db, actor }) => {
    const country = await countryFor(db, actor, code);
    // A costing kept from the reader says so, whatever the scenario asked for: its ids are not told apart.
    if (!(await costingReadable(db, actor, country.code)).readable) return { actor, country, details: null };
    const view = await getCostingScenario(db, actor, country.code, id);
    const history = await listCostingHistory(db, actor, { countryCode: country.code, subject: { kind: "scenario", id: view.scenario.id }, page: historyPage });
    return { actor, country, details: { view, history } };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { code, id } = await params;
  const { details } = await load(code, id);
  return { title: details?.view.scenario.name ?? (await getTranslations("costingScenarios"))("title") };
}

const doneMessages = ["added", "saved", "restored"] as const;

async function CostingScenarioPage({ params, searchParams }: Props) {
  const [{ code, id }, { done, page }] = await Promise.all([params, searchParams]);
  const { actor, country, details } = await load(code, id, page);
  const [t, format] = await Promise.all([getTranslations("costingScenarios"), getFormatter()]);
  if (!details) {
    return (
      <>
        <PageHeader title={t("title")}>
          <CostingBreadcrumb country={country} />
        </PageHeader>
        <EmptyState>{t("kept")}</EmptyState>
      </>
    );
  }
  const { view, history } = details;
  const { scenario, frame } = view;
  const mayWrite = mayInCountry(actor, "costing.write", country.code);
  const here = `/countries/${country.code}/costing/scenarios/${scenario.id}`;
  const live = !scenario.withdrawn;

  return (
    <ClientMessages namespaces={["support", "costingScenarioRules"]}>
      <PageHeader
        title={scenario.name}
        intro={t("intro", { country: await countryNameOf(country), currency: frame.currency, from: String(frame.baseYear), to: String(frame.horizonYear) })}
        actions={mayWrite && live ? <Link href={`${here}/edit`} className={buttonClassName("secondary")}>{t("edit")}</Link> : null}
      >
        <CostingBreadcrumb country={country} />
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {live ? null : (
        <div className="mb-4">
          <Alert tone="info" title={t("withdrawnTitle")}>
            {t("withdrawnNotice", { date: format.dateTime(scenario.updatedAt, { dateStyle: "medium" }), reason: scenario.withdrawalReason ?? "" })}
          </Alert>
        </div>
      )}
      <section aria-labelledby="scenario-parameters" className="space-y-3">
        <h2 id="scenario-parameters" className="text-lg font-semibold">
          {t("parameters")}
        </h2>
        <ScenarioParameters scenario={scenario} currency={frame.currency} baseYear={frame.baseYear} />
      </section>
      <section aria-labelledby="scenario-rows" className="mt-8 space-y-3">
        <h2 id="scenario-rows" className="text-lg font-semibold">
          {t("rowsHeading", { currency: frame.currency })}
        </h2>
        <ProblemList rows={view.rows} />
        <ScenarioRowsTable rows={view.rows} caption={t("rowsCaption", { name: scenario.name, currency: frame.currency })} />
      </section>
      <ScenarioRecommendation countryCode={country.code} linkedId={scenario.recommendationId} recommendation={view.recommendation} />
      <section aria-labelledby="scenario-packages" className="mt-8 space-y-2">
        <h2 id="scenario-packages" className="text-lg font-semibold">
          {t("packagesHeading")}
        </h2>
        {view.packages.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noPackages")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6 text-sm">
            {view.packages.map((costingPackage) => (
              <li key={costingPackage.id}>
                <Link href={`/countries/${country.code}/costing/packages/${costingPackage.id}`}>{costingPackage.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CostingHistory history={history} showSubject={false} headingId="scenario-history" pageHref={(number) => `${here}${number > 1 ? `?page=${number}` : ""}#scenario-history`} />
      {mayWrite ? (
        <section aria-labelledby="scenario-removal" className="mt-8 max-w-xl">
          <h2 id="scenario-removal" className="mb-3 text-lg font-semibold">
            {live ? t("withdraw") : t("restore")}
          </h2>
          {live ? (
            <WithdrawForm action={withdrawScenarioAction} id={scenario.id} version={scenario.version} withReason label={t("withdraw")} reasonHint={t("withdrawHint")} />
          ) : (
            <ActionButton action={restoreScenarioAction} fields={{ id: scenario.id, version: String(scenario.version) }} label={t("restore")} pendingLabel={t("restoring")} />
          )}
        </section>
      ) : null}
    </ClientMessages>
  );
}

export default withRefusal(CostingScenarioPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
