import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadPage } from "@/app/_edge/load-page";
import { libMessages } from "@/app/_edge/lib-messages";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { IatiImportProgress } from "@/components/iati-import/import-progress";
import { IatiApplyCard, IatiConflicts, IatiCounts, IatiSkipped, IatiActivityTable, IatiUnknownCountries } from "@/components/iati-import/import-report";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { getIatiImport } from "@/lib/iati/import/read-iati-imports";
import { can } from "@/lib/permissions";
import { applyIatiImportAction } from "../actions";

export const dynamic = "force-dynamic";

async function pageMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("iatiImport"))("reportTitle") };
}

async function IatiImportReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { found, mayAddCountries } = await loadPage(async ({ db, actor }) => ({ found: await getIatiImport(db, actor, id), mayAddCountries: can(actor, "country.manage") }));
  const [t, format, translate] = await Promise.all([getTranslations("iatiImport"), getFormatter(), libMessages()]);
  const { report } = found;
  return (
    <>
      <PageHeader
        title={t("reportTitle")}
        intro={t("reportIntro", {
          file: found.fileName,
          agency: found.agencyAcronym,
          person: found.createdByName,
          date: format.dateTime(found.createdAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
      >
        <nav aria-label={t("breadcrumb")} className="mb-1 text-sm">
          <Link href="/support/import/iati">{t("title")}</Link>
        </nav>
      </PageHeader>
      {found.declaredVersion ? <p className="mb-2 text-sm text-slate-700">{t("declaredVersion", { version: found.declaredVersion })}</p> : null}
      {found.sectorCodes ? <p className="mb-4 text-sm text-slate-700">{t("sectorsUsed", { sectors: found.sectorCodes.join(", ") })}</p> : null}

      {found.state === "reading" ? <IatiImportProgress bytesRead={found.bytesRead} byteSize={found.byteSize} href={`/support/import/iati/${found.id}`} /> : null}
      {found.state === "failed" ? (
        <Alert tone="error" title={t("failedTitle")}>
          <p>{found.failure ? translate(found.failure) : null}</p>
          <p>{t("failedBody")}</p>
        </Alert>
      ) : null}
      {report && (found.state === "ready" || found.state === "applied") ? (
        <>
          {found.appliedAt ? (
            <div className="mb-4">
              <Alert tone="success" title={t("appliedTitle")}>
                {t("appliedBody", { date: format.dateTime(found.appliedAt, { dateStyle: "medium", timeStyle: "short" }), count: report.entryCounts.new + report.entryCounts.update })}
              </Alert>
            </div>
          ) : null}
          <IatiCounts counts={report.counts} applied={found.appliedAt !== null} />
          {found.state === "ready" ? <IatiApplyCard importId={found.id} entryCounts={report.entryCounts} action={applyIatiImportAction} /> : null}
          <IatiUnknownCountries countries={report.unknownCountries} mayAddCountries={mayAddCountries} />
          <IatiConflicts activities={report.activities} />
          <IatiActivityTable activities={report.activities} translate={translate} />
          <IatiSkipped activities={report.activities} translate={translate} />
        </>
      ) : null}
    </>
  );
}

export default withRefusal(IatiImportReportPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
