/**
 * A reporting round: its period, due date and reminder; completeness per country as a chart with its table (each
 * country linking to its report); downloads; for coordinators the reminders sent, editing, and withdrawing or
 * restoring the round.
 */
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { loadPage } from "@/app/_edge/load-page";
import { withRefusal, withRefusalTitle } from "@/app/_edge/refusal";
import { ClientMessages } from "@/components/i18n/client-messages";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { DownloadLink } from "@/components/reports/download-link";
import { ReasonForm } from "@/components/results/reason-form";
import { CompletenessChart } from "@/components/rounds/completeness-chart";
import { CompletenessTable } from "@/components/rounds/completeness-table";
import { RemindersSent } from "@/components/rounds/reminders-sent";
import { RoundsBreadcrumb } from "@/components/rounds/rounds-breadcrumb";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/done-notice";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { getRound } from "@/lib/rounds/get-round";
import { listReminders } from "@/lib/rounds/reminders/list-reminders";
import { restoreRoundAction, withdrawRoundAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const load = cache((id: string) =>
  loadPage(async ({ db, actor }) => {
    const round = await getRound(db, actor, id);
    const manages = can(actor, "round.manage");
    // The completeness export is the summary's: for those who may export everywhere.
    const exportsCompleteness = can(actor, "report.export", { countryCode: null });
    return { round, manages, exportsCompleteness, reminders: manages ? await listReminders(db, actor, round.id) : [] };
  }),
);

async function pageMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).round.name };
}

const doneMessages = ["opened", "saved", "restored"] as const;

async function RoundPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const { round, manages, exportsCompleteness, reminders } = await load(id);
  const [t, format] = await Promise.all([getTranslations("rounds"), getFormatter()]);
  const day = (value: string) => format.dateTime(dateOnly(value), dateOnlyFormat);
  const anyAccepted = round.countries.some((country) => country.status === "accepted");

  return (
    <>
      <PageHeader
        title={round.name}
        intro={t("round.intro", { start: day(round.periodStart), end: day(round.periodEnd), due: day(round.dueOn), days: round.reminderDaysBefore, count: round.countries.length })}
        actions={
          manages && !round.withdrawn ? (
            <Link href={`/rounds/${round.id}/edit`} className={buttonClassName("secondary")}>
              {t("round.edit")}
            </Link>
          ) : null
        }
      >
        <RoundsBreadcrumb />
      </PageHeader>
      <DoneNotice done={done} known={doneMessages} message={(key) => t(`done.${key}`)} />
      {round.withdrawn ? (
        <div className="mb-6 space-y-3">
          <Alert title={t("round.withdrawnTitle")}>{t("round.withdrawnReason", { reason: round.withdrawalReason ?? "—" })}</Alert>
          {manages ? <ActionButton action={restoreRoundAction} fields={{ id: round.id, version: round.version }} label={t("round.restore")} pendingLabel={t("round.restoring")} /> : null}
        </div>
      ) : null}

      <section aria-labelledby="round-completeness">
        <h2 id="round-completeness" className="text-lg font-semibold">
          {t("completeness.title")}
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("completeness.intro", { today: day(round.today) })}</p>
        <CompletenessChart id="completeness-chart" roundName={round.name} countries={round.countries} />
        <CompletenessTable roundId={round.id} roundName={round.name} countries={round.countries} />
      </section>

      <section aria-labelledby="round-downloads" className="mt-8 print:hidden">
        <h2 id="round-downloads" className="mb-2 text-lg font-semibold">
          {t("downloads.title")}
        </h2>
        <ClientMessages namespaces={["downloads"]}>
          <ul className="space-y-2 text-sm">
            {exportsCompleteness ? (
              <li className="flex flex-wrap gap-x-4 gap-y-1">
                <DownloadLink href={`/exports/round-completeness.csv?round=${round.id}`} label={t("downloads.completenessCsv")} />
                <DownloadLink href={`/exports/round-completeness.xlsx?round=${round.id}`} label={t("downloads.completenessXlsx")} />
              </li>
            ) : null}
            {anyAccepted ? (
              <li className="flex flex-wrap gap-x-4 gap-y-1">
                <DownloadLink href={`/reports/rounds/${round.id}.pdf`} label={t("downloads.roundPdf")} />
                <DownloadLink href={`/reports/rounds/${round.id}.docx`} label={t("downloads.roundDocx")} />
              </li>
            ) : (
              <li className="text-slate-600">{t("downloads.noneAccepted")}</li>
            )}
          </ul>
        </ClientMessages>
      </section>

      {manages ? <RemindersSent reminders={reminders} reminderDays={round.reminderDaysBefore} /> : null}

      {manages && !round.withdrawn ? (
        <section aria-labelledby="round-withdraw" className="mt-8 max-w-xl">
          <h2 id="round-withdraw" className="mb-1 text-lg font-semibold">
            {t("round.withdrawTitle")}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t("round.withdrawHint")}</p>
          <ReasonForm
            action={withdrawRoundAction}
            id="round-withdraw-reason"
            fields={{ id: round.id, version: round.version }}
            label={t("round.withdraw")}
            reasonLabel={t("round.withdrawReason")}
          />
        </section>
      ) : null}
    </>
  );
}

export default withRefusal(RoundPage);
export const generateMetadata = withRefusalTitle(pageMetadata);
