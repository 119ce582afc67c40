/**
 * The dry run of a kept indicator file, planned again on each visit: what it would do, the apply (the same file
 * by its id, with this plan's fingerprint), and after a refused apply the new plan with a word on why.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { libMessages } from "@/app/_edge/lib-messages";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ImportApplyCard } from "@/components/imports/import-check";
import { IndicatorImportPlanView } from "@/components/results-across/indicator-import-plan";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { planIndicatorFile } from "@/lib/results/import/indicator-import-files";
import { applyIndicatorFileAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resultsImport"))("checkTitle") };
}

type Props = { params: Promise<{ fileId: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function ResultsImportCheckPage({ params, searchParams }: Props) {
  const [{ fileId }, query] = await Promise.all([params, searchParams]);
  const choices = { countryCode: query.countryCode ?? "", seriesColumn: query.seriesColumn ?? "" };
  const { fileName, plan } = await loadPage(({ db, actor }) => planIndicatorFile(db, actor, { fileId, ...choices }));
  const [t, tLayout, translate] = await Promise.all([getTranslations("resultsImport"), getTranslations("indicatorImport.layout"), libMessages()]);
  const applied = query.added !== undefined && query.updated !== undefined;
  return (
    <>
      <PageHeader
        title={t("checkTitle")}
        intro={t("checkIntro", { file: fileName, layout: tLayout(plan.layout), rows: plan.rowCount, country: choices.countryCode || "—" })}
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/results">{t("across")}</Link> · <Link href="/results/import">{t("title")}</Link>
        </nav>
      </PageHeader>
      {query.changed ? (
        <div className="mb-4">
          <Alert tone="info" title={t("changedTitle")}>
            {t("changedBody")}
          </Alert>
        </div>
      ) : null}
      {applied ? (
        <div className="mb-4">
          <Alert tone="success" title={t("appliedTitle")}>
            {t("appliedBody", { added: Number(query.added) || 0, updated: Number(query.updated) || 0 })} <Link href="/results">{t("across")}</Link>
          </Alert>
        </div>
      ) : null}
      <IndicatorImportPlanView
        plan={plan}
        translate={translate}
        apply={<ImportApplyCard counts={plan.counts} action={applyIndicatorFileAction} fields={{ fileId, fingerprint: plan.fingerprint, ...choices }} />}
      />
      <p className="mt-6 text-sm">
        <Link href="/results/import">{t("checkAnother")}</Link>
      </p>
    </>
  );
}

export default withRefusal(ResultsImportCheckPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
