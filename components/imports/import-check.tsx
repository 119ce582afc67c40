/**
 * What every import's check page shows alike (support, the scheme inventory): applied or the problems to fix, the
 * tally of rows to add, update or leave, the card that applies the file, and the problems by row and column. Its
 * wording is the `import` namespace's; each page lists its own rows.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import type { ReactNode } from "react";
import type { ServerAction } from "@/lib/forms/action-state";

type Action = "add" | "update" | "skip";
type Counts = Record<Action, number>;

const importActionTones: Record<Action, { tone: BadgeTone; symbol: string }> = {
  add: { tone: "success", symbol: "+" },
  update: { tone: "info", symbol: "✎" },
  skip: { tone: "muted", symbol: "=" },
};

/** Applied (when), or the count of problems; and, for a file without problems, what it would do or did. */
export async function ImportOutcome({ appliedAt, counts, errorCount }: { appliedAt: Date | null; counts: Counts; errorCount: number }) {
  const [t, format] = await Promise.all([getTranslations("import"), getFormatter()]);
  const alert = appliedAt ? (
    <Alert tone="success" title={t("appliedTitle")}>
      {t("appliedBody", { date: format.dateTime(appliedAt, { dateStyle: "medium", timeStyle: "short" }), ...counts })}
    </Alert>
  ) : errorCount > 0 ? (
    <Alert tone="error" title={t("errorsTitle", { count: errorCount })}>
      {t("errorsBody")}
    </Alert>
  ) : null;
  return (
    <>
      {alert ? <div className="mb-4">{alert}</div> : null}
      {/* A file with problems does nothing: counts of what it would do beside "Nothing was imported" read as done. */}
      {errorCount > 0 ? null : (
        <dl className="mb-6 grid grid-cols-3 gap-3 sm:max-w-lg" aria-label={t(appliedAt ? "summaryApplied" : "summary")}>
          {(["add", "update", "skip"] as const).map((action) => (
            <div key={action} className="rounded-md border border-slate-200 bg-white p-3">
              <dt className="text-sm text-slate-500">{t(`${appliedAt ? "tallyApplied" : "tally"}.${action}`, { count: counts[action] })}</dt>
              <dd className="text-2xl font-semibold">{format.number(counts[action])}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** The apply button of a checked file with no problem, or "nothing to import" when every row is already there. */
export async function ImportApplyCard({ counts, action, fields }: { counts: Counts; action: ServerAction; fields: Record<string, string> }) {
  const t = await getTranslations("import");
  const changes = counts.add + counts.update;
  return (
    <Card className="mb-6" aria-labelledby="apply-title">
      <h2 id="apply-title" className="mb-1 font-semibold">
        {t("applyTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{changes > 0 ? t("applyIntro", { count: changes }) : t("nothingToApply")}</p>
      {changes > 0 ? <ActionButton action={action} fields={fields} label={t("apply", { count: changes })} pendingLabel={t("applying")} variant="primary" /> : null}
    </Card>
  );
}

/** The problems by row and column, each column and problem as the page names them. */
export async function ImportErrorTable({ errors }: { errors: { line: number; column: ReactNode; problem: string }[] }) {
  const t = await getTranslations("import");
  return (
    <section aria-labelledby="errors-title" className="mb-8">
      <h2 id="errors-title" className="mb-3 text-lg font-semibold">
        {t("errorsByRow")}
      </h2>
      <Table caption={t("errorsByRow")} headings={[t("row"), t("column"), t("problem")]}>
        {errors.map((error, index) => (
          <tr key={index}>
            <Td label={t("row")}>{error.line}</Td>
            <Td label={t("column")}>{error.column}</Td>
            <Td label={t("problem")}>{error.problem}</Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

/** Every row read cleanly, with its outcome, folded when there are many; none for a file whose every row has a problem. */
export async function ImportRows({ count, headings, children }: { count: number; headings: string[]; children: ReactNode }) {
  const t = await getTranslations("import");
  if (count === 0) return null;
  return (
    <section aria-labelledby="rows-title">
      <h2 id="rows-title" className="mb-3 text-lg font-semibold">
        {t("rowsTitle")}
      </h2>
      <details open={count <= 100}>
        <summary className="mb-2 cursor-pointer text-sm">{t("rowsSummary", { count })}</summary>
        <Table caption={t("rowsTitle")} headings={headings}>
          {children}
        </Table>
      </details>
    </section>
  );
}

/** What the import does with a row (add, update, skip), with the columns an update changes. */
export async function ImportRowOutcome({ action, changes }: { action: Action; changes: string }) {
  const t = await getTranslations("import");
  return (
    <>
      <Badge tone={importActionTones[action].tone} symbol={importActionTones[action].symbol}>
        {t(`action.${action}`)}
      </Badge>
      {changes ? <span className="ml-2 text-xs text-slate-600">{changes}</span> : null}
    </>
  );
}
