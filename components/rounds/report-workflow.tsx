/**
 * Where a country report stands and what may be done next: the notice of its state (returned with the reason, locked
 * once accepted, reopened with the reason), submit for the working group, accept or return for reviewers and
 * coordinators, reopen the period for coordinators; and the report's history. One-button forms, no script of its own.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { ReasonForm } from "@/components/results/reason-form";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import type { ServerAction } from "@/lib/forms/action-state";
import type { CountryReportView } from "@/lib/rounds/get-country-report";

export type ReportActions = { submit: ServerAction; accept: ServerAction; return: ServerAction; reopen: ServerAction };

export async function ReportNotice({ view }: { view: CountryReportView }) {
  const [t, format] = await Promise.all([getTranslations("rounds.report"), getFormatter()]);
  const report = view.report;
  const when = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium" }) : "—");
  if (!report) return null;
  if (report.status === "accepted") {
    return (
      <Alert title={t("lockedTitle")}>
        {t("locked", { date: when(report.decidedAt), start: format.dateTime(dateOnly(view.round.periodStart), dateOnlyFormat), end: format.dateTime(dateOnly(view.round.periodEnd), dateOnlyFormat) })}
      </Alert>
    );
  }
  if (report.status === "returned") return <Alert title={t("returnedTitle", { date: when(report.decidedAt) })}>{report.returnReason}</Alert>;
  if (report.status === "reopened") return <Alert title={t("reopenedTitle", { date: when(report.reopenedAt) })}>{report.reopenReason}</Alert>;
  if (report.status === "submitted") return <Alert>{t("submittedNotice", { date: when(report.submittedAt) })}</Alert>;
  return null;
}

export async function ReportWorkflow({ view, actions }: { view: CountryReportView; actions: ReportActions }) {
  const t = await getTranslations("rounds.report");
  const report = view.report;
  if (!report) return null;
  const fields = { id: report.id, version: report.version, roundId: view.round.id };
  const submits = view.may.write;
  if (!submits && !view.may.review && !view.may.reopen) return null;

  return (
    <section aria-labelledby="report-workflow" className="mt-8 max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="report-workflow" className="text-lg font-semibold">
        {t("workflowTitle")}
      </h2>
      {submits ? (
        <div>
          <p className="mb-2 text-sm text-slate-600">{t("submitHint")}</p>
          <ActionButton action={actions.submit} fields={fields} label={t("submit")} pendingLabel={t("submitting")} variant="primary" />
        </div>
      ) : null}
      {view.may.review ? (
        <>
          <div>
            <p className="mb-2 text-sm text-slate-600">{t("acceptHint")}</p>
            <ActionButton action={actions.accept} fields={fields} label={t("accept")} pendingLabel={t("accepting")} variant="primary" />
          </div>
          <ReasonForm action={actions.return} id="report-return-reason" fields={fields} label={t("return")} reasonLabel={t("returnReason")} variant="secondary" />
        </>
      ) : null}
      {view.may.reopen ? (
        <div>
          <p className="mb-2 text-sm text-slate-600">{t("reopenHint")}</p>
          <ReasonForm action={actions.reopen} id="report-reopen-reason" fields={fields} label={t("reopen")} reasonLabel={t("reopenReason")} variant="secondary" />
        </div>
      ) : null}
    </section>
  );
}

export type ReportHistoryEntry = { id: number | string; at: Date; action: string; actorName: string | null; after: unknown };

const historyActions = { "report.create": 1, "report.narrative": 1, "report.submit": 1, "report.return": 1, "report.accept": 1, "report.reopen": 1 };

export async function ReportHistory({ entries }: { entries: readonly ReportHistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("rounds.report.history"), getFormatter()]);
  return (
    <section aria-labelledby="report-history" className="mt-8">
      <h2 id="report-history" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm">
          {entries.map((entry) => {
            const reason = (entry.after as { reason?: unknown } | null)?.reason;
            return (
              <li key={entry.id}>
                <p>
                  {entry.action in historyActions ? t(`actions.${entry.action as keyof typeof historyActions}`) : entry.action}{" "}
                  <span className="text-slate-600">{t("byWhomWhen", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}</span>
                </p>
                {typeof reason === "string" && reason ? <p className="break-words whitespace-pre-line text-slate-600">{t("reason", { reason })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
