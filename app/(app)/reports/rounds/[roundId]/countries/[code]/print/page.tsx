/**
 * An accepted country report of a round, print-ready: what its PDF prints (Chromium opens this page as the reader)
 * and what its Word document says, drawn from the same outline. A report not accepted says so instead.
 */
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { requestDocumentWords } from "@/app/_edge/docx-response";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ReportOutlineView } from "@/components/reports/report-outline";
import { buttonClassName } from "@/components/ui/button";
import { AppError } from "@/lib/errors";
import { getAcceptedCountryReport } from "@/lib/reports/accepted-reports";
import { acceptedReportOutline } from "@/lib/reports/round-report-outline";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ roundId: string; code: string }> };

const load = cache((roundId: string, code: string) =>
  loadPage(async ({ db, actor }) => {
    try {
      return { actor, accepted: await getAcceptedCountryReport(db, actor, roundId, code) };
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") return { actor, accepted: null };
      throw error;
    }
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { roundId, code } = await params;
  const { accepted } = await load(roundId, code);
  return { title: accepted ? acceptedReportOutline(accepted, await requestDocumentWords()).title : (await getTranslations("documents"))("notAccepted") };
}

async function AcceptedReportPrintPage({ params }: Props) {
  const { roundId, code } = await params;
  const [{ actor, accepted }, words] = await Promise.all([load(roundId, code), requestDocumentWords()]);
  if (!accepted) return <p className="text-slate-700">{words.t("documents.notAccepted")}</p>;
  const file = `/reports/rounds/${accepted.round.id}/countries/${accepted.countryCode}`;
  return (
    <div>
      <p className="mb-4 flex flex-wrap gap-2 print:hidden">
        <a href={`${file}.pdf`} download className={buttonClassName()}>
          {words.t("reports.downloadPdf")}
        </a>
        <a href={`${file}.docx`} download className={buttonClassName("secondary")}>
          {words.t("documents.downloadDocx")}
        </a>
      </p>
      <ReportOutlineView outline={acceptedReportOutline(accepted, words)} idPrefix="report" level={1} />
      <p className="mt-8 text-xs text-slate-500">{words.t("reports.preparedBy", { date: words.day(new Date()), name: actor.name })}</p>
    </div>
  );
}

export default withRefusal(AcceptedReportPrintPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
