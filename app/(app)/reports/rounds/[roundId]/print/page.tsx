/**
 * A round's accepted reports, print-ready: its head (period, due date, how many were accepted, those shown), then
 * each accepted report the reader may read from a page of its own. What the round's PDF prints and its Word
 * document says; with none accepted, the page says so instead.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { requestDocumentWords } from "@/app/_edge/docx-response";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { OutlineFacts, OutlineTableView, ReportOutlineView } from "@/components/reports/report-outline";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { getAcceptedRoundReports } from "@/lib/reports/accepted-reports";
import { acceptedReportOutline, roundOutline } from "@/lib/reports/round-report-outline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ roundId: string }> };

const load = cache((roundId: string) =>
  loadPage(async ({ db, actor }) => {
    try {
      return { actor, accepted: await getAcceptedRoundReports(db, actor, roundId) };
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") return { actor, accepted: null };
      throw error;
    }
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { accepted } = await load((await params).roundId);
  return { title: accepted ? roundOutline(accepted, await requestDocumentWords()).title : (await getTranslations("documents"))("noAcceptedReports") };
}

async function RoundReportsPrintPage({ params }: Props) {
  const [{ actor, accepted }, words] = await Promise.all([load((await params).roundId), requestDocumentWords()]);
  if (!accepted) return <p className="text-slate-700">{words.t("documents.noAcceptedReports")}</p>;
  const head = roundOutline(accepted, words);
  const file = `/reports/rounds/${accepted.round.id}`;
  return (
    <div className="report">
      <PageHeader
        title={head.title}
        intro={words.t("reports.preparedBy", { date: words.day(new Date()), name: actor.name })}
        actions={
          <span className="flex gap-2 print:hidden">
            <a href={`${file}.pdf`} download className={buttonClassName()}>
              {words.t("reports.downloadPdf")}
            </a>
            <a href={`${file}.docx`} download className={buttonClassName("secondary")}>
              {words.t("documents.downloadDocx")}
            </a>
          </span>
        }
      />
      <OutlineFacts facts={head.facts} />
      {head.notes.map((note) => (
        <p key={note} className="mb-2 text-sm text-slate-600">
          {note}
        </p>
      ))}
      <section aria-labelledby="contents-title" className="mt-6">
        <h2 id="contents-title" className="mb-2 text-lg font-semibold">
          {head.contentsTitle}
        </h2>
        <OutlineTableView caption={head.contentsTitle} table={head.contents} />
      </section>
      {accepted.reports.map((report) => (
        <ReportOutlineView key={report.countryCode} outline={acceptedReportOutline(report, words)} idPrefix={`report-${report.countryCode}`} level={2} />
      ))}
    </div>
  );
}

export default withRefusal(RoundReportsPrintPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
