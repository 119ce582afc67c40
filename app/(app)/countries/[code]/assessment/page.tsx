import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { AssessmentStanding } from "@/components/assessment/assessment-standing";
import { AssessmentVersions } from "@/components/assessment/assessment-versions";
import { MatrixBlock } from "@/components/assessment/matrix-block";
import { MoveControls } from "@/components/assessment/move-controls";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getAssessmentMatrix } from "@/lib/assessment/matrix/get-matrix";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { can, mayInCountry } from "@/lib/permissions";
import { moveAssessmentItemAction, shareAssessmentAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((code: string) => loadPage(async ({ db, actor }) => ({ actor, matrix: await getAssessmentMatrix(db, actor, code) })));

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { matrix } = await load((await params).code);
  const t = await getTranslations("assessment");
  return { title: t("countryTitle", { country: localized(matrix.country.name, (await getLocale()) as Locale) }) };
}

const doneMessages = ["moved", "shared"] as const;

async function AssessmentMatrixPage({ params, searchParams }: Props) {
  const [{ code }, { done }] = await Promise.all([params, searchParams]);
  const { actor, matrix } = await load(code);
  const [t, format, locale] = await Promise.all([getTranslations("assessment"), getFormatter(), getLocale()]);
  const { country } = matrix;
  const countryName = localized(country.name, locale as Locale);
  const mayWrite = mayInCountry(actor, "assessment.write", country.code);
  const base = `/countries/${country.code}/assessment`;
  const exportQuery = new URLSearchParams({ country: country.code }).toString();

  return (
    <>
      <PageHeader
        title={t("countryTitle", { country: countryName })}
        intro={t("intro")}
        actions={
          <>
            {mayWrite && matrix.itemCount > 0 ? (
              <Link href={`${base}/endorse`} className={buttonClassName()}>
                {t("endorseLink")}
              </Link>
            ) : null}
            <Link href={`/countries/${country.code}/schemes`} className={buttonClassName("secondary")}>
              {t("inventoryLink")}
            </Link>
          </>
        }
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href={`/countries/${country.code}`}>{countryName}</Link>
        </nav>
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {!matrix.readable ? (
        <EmptyState>{t("keptFromReader")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["assessment", "assessmentRules", "support"]}>
          <AssessmentStanding matrix={matrix} mayWrite={mayWrite} share={shareAssessmentAction} />
          {matrix.itemCount === 0 ? (
            <div className="mb-4">
              <EmptyState>{mayWrite ? t("emptyWriter") : t("emptyReader")}</EmptyState>
            </div>
          ) : null}
          <div className="space-y-6">
            {matrix.blocks.map((block) => (
              <MatrixBlock
                key={block.guarantee}
                block={block}
                countryCode={country.code}
                linkItems
                addHref={mayWrite ? (section) => `${base}/items/new?guarantee=${block.guarantee}&section=${section}` : undefined}
                controls={mayWrite ? (item, index, count) => <MoveControls action={moveAssessmentItemAction} item={item} first={index === 0} last={index === count - 1} /> : undefined}
              />
            ))}
          </div>
          <AssessmentVersions countryCode={country.code} versions={matrix.versions} />
          {can(actor, "report.export", { countryCode: country.code }) && matrix.itemCount > 0 ? (
            <p className="mt-4 text-sm">
              {t("downloads")}: <a href={`/exports/assessment.csv?${exportQuery}`}>{t("csv")}</a> · <a href={`/exports/assessment.xlsx?${exportQuery}`}>{t("xlsx")}</a>
            </p>
          ) : null}
          {matrix.withdrawn.length > 0 ? (
            <section aria-labelledby="withdrawn-items" className="mt-8">
              <h2 id="withdrawn-items" className="mb-3 text-lg font-semibold">
                {t("withdrawnHeading")}
              </h2>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {matrix.withdrawn.map((item) => (
                  <li key={item.id}>
                    <Link href={`${base}/items/${item.id}`}>{item.statement}</Link>{" "}
                    <span className="text-slate-600">({format.dateTime(item.updatedAt, { dateStyle: "medium" })})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </ClientMessages>
      )}
    </>
  );
}

export default withRefusal(AssessmentMatrixPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
