/**
 * The dry run's report of an IATI import: counts per answer, the apply card, the countries Socle does not hold, the
 * conflicts field by field, a table of every kept activity with its entries per country, and the skipped ones with
 * why. The reader's reasons (`iatiImport.reasons.*`) come translated by the page's `translate`, which checks each key.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { ServerAction } from "@/lib/forms/action-state";
import { type ActivityAnswer, activityAnswers, type ActivityReport, type EntryAnswer, type IatiImportReport } from "@/lib/iati/import/report";
import { answerLooks } from "./looks";

export async function IatiCounts({ counts, applied }: { counts: Record<ActivityAnswer, number>; applied: boolean }) {
  const [t, format] = await Promise.all([getTranslations("iatiImport"), getFormatter()]);
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label={t(applied ? "summaryApplied" : "summary")}>
      {activityAnswers.map((answer) => (
        <div key={answer} className="rounded-md border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{t(`answer.${answer}`)}</dt>
          <dd className="text-2xl font-semibold">{format.number(counts[answer])}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function IatiApplyCard({ importId, entryCounts, action }: { importId: string; entryCounts: Record<EntryAnswer, number>; action: ServerAction }) {
  const t = await getTranslations("iatiImport");
  const changes = entryCounts.new + entryCounts.update;
  return (
    <Card className="mb-6" aria-labelledby="iati-apply-title">
      <h2 id="iati-apply-title" className="mb-1 font-semibold">
        {t("applyTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{changes > 0 ? t("applyIntro", { count: changes }) : t("nothingToApply")}</p>
      {changes > 0 ? <ActionButton action={action} fields={{ importId }} label={t("apply")} pendingLabel={t("applying")} variant="primary" /> : null}
    </Card>
  );
}

export async function IatiUnknownCountries({ countries, mayAddCountries }: { countries: string[]; mayAddCountries: boolean }) {
  if (countries.length === 0) return null;
  const t = await getTranslations("iatiImport");
  return (
    <div className="mb-6">
      <Alert tone="info" title={t("unknownCountriesTitle")}>
        <p>{t("unknownCountriesBody", { countries: countries.join(", ") })}</p>
        {mayAddCountries ? <Link href="/admin/countries/new">{t("addCountry")}</Link> : null}
      </Alert>
    </div>
  );
}

const AnswerBadge = async ({ answer }: { answer: ActivityAnswer }) => {
  const t = await getTranslations("iatiImport");
  return <Badge look={answerLooks[answer]}>{t(`answer.${answer}`)}</Badge>;
};

export async function IatiConflicts({ activities }: { activities: ActivityReport[] }) {
  const conflicts = activities.flatMap((activity) => activity.entries.filter((entry) => entry.answer === "conflict").map((entry) => ({ activity, entry })));
  if (conflicts.length === 0) return null;
  const t = await getTranslations("iatiImport");
  const headings = [t("fieldColumn"), t("inSocle"), t("inFile")];
  return (
    <section aria-labelledby="iati-conflicts-title" className="mb-8 space-y-4">
      <h2 id="iati-conflicts-title" className="text-lg font-semibold">
        {t("conflictsTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("conflictsIntro")}</p>
      {conflicts.map(({ activity, entry }) => (
        <Table key={`${activity.identifier}-${entry.countryCode}`} caption={`${activity.identifier ?? "—"} · ${entry.countryCode}`} headings={headings}>
          {entry.changes.map((change) => (
            <tr key={change.field}>
              <Td label={headings[0]}>{t(`field.${change.field}`)}</Td>
              <Td label={headings[1]}>{change.socle ?? "—"}</Td>
              <Td label={headings[2]}>{change.file ?? "—"}</Td>
            </tr>
          ))}
        </Table>
      ))}
    </section>
  );
}

type Translate = { translate: (message: string) => string };

async function Problems({ activity, translate }: { activity: ActivityReport } & Translate) {
  if (activity.problemCount === 0) return <>—</>;
  const t = await getTranslations("iatiImport");
  return (
    <details>
      <summary className="cursor-pointer">{t("problemCount", { count: activity.problemCount })}</summary>
      <ul className="mt-1 list-disc pl-5 text-xs">
        {activity.problems.map((problem, index) => (
          <li key={index}>
            <span className="font-mono">{problem.path}</span>: {translate(`iatiImport.reasons.problem.${problem.reason}`)}
            {problem.detail ? ` (${problem.detail})` : ""}
          </li>
        ))}
        {activity.problemCount > activity.problems.length ? <li>{t("problemsLeftOut", { count: activity.problemCount - activity.problems.length })}</li> : null}
      </ul>
    </details>
  );
}

/** A titled section whose long table folds away: open up to 100 rows, so a large file's report stays readable. */
function ActivitySection({ id, title, summary, count, children }: { id: string; title: string; summary: string; count: number; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <details open={count <= 100}>
        <summary className="mb-2 cursor-pointer text-sm">{summary}</summary>
        {children}
      </details>
    </section>
  );
}

export async function IatiActivityTable({ activities, translate }: { activities: IatiImportReport["activities"] } & Translate) {
  const kept = activities.filter((activity) => activity.answer !== "skipped");
  if (kept.length === 0) return null;
  const t = await getTranslations("iatiImport");
  const headings = [t("identifier"), t("activityTitle"), t("answerColumn"), t("countries"), t("problems")];
  return (
    <ActivitySection id="iati-activities-title" title={t("activitiesTitle")} summary={t("activitiesSummary", { count: kept.length })} count={kept.length}>
      <Table caption={t("activitiesTitle")} headings={headings}>
        {kept.map((activity) => (
          <tr key={`${activity.line}-${activity.identifier}`}>
            <Td label={headings[0]} className="font-mono text-xs break-all">
              {activity.identifier}
            </Td>
            <Td label={headings[1]}>{activity.title ?? "—"}</Td>
            <Td label={headings[2]}>
              <AnswerBadge answer={activity.answer} />
            </Td>
            <Td label={headings[3]}>
              <ul className="space-y-1 text-sm">
                {activity.entries.map((entry) => (
                  <li key={entry.countryCode}>
                    {entry.entryId ? <Link href={`/support/${entry.entryId}`}>{entry.countryCode}</Link> : entry.countryCode} · {t(`answer.${entry.answer}`)}
                    {entry.newTransactions > 0 ? ` · ${t("newTransactions", { count: entry.newTransactions })}` : ""}
                    {entry.lockedBy ? <span className="block text-xs text-amber-800">{t("lockedBy", { round: entry.lockedBy })}</span> : null}
                  </li>
                ))}
              </ul>
            </Td>
            <Td label={headings[4]}>
              <Problems activity={activity} translate={translate} />
            </Td>
          </tr>
        ))}
      </Table>
    </ActivitySection>
  );
}

export async function IatiSkipped({ activities, translate }: { activities: ActivityReport[] } & Translate) {
  const skipped = activities.filter((activity) => activity.skip);
  if (skipped.length === 0) return null;
  const t = await getTranslations("iatiImport");
  const headings = [t("identifier"), t("activityTitle"), t("reason"), t("problems")];
  return (
    <ActivitySection id="iati-skipped-title" title={t("skippedTitle")} summary={t("activitiesSummary", { count: skipped.length })} count={skipped.length}>
      <Table caption={t("skippedTitle")} headings={headings}>
        {skipped.map((activity) => (
          <tr key={`${activity.line}-${activity.identifier}`}>
            <Td label={headings[0]} className="font-mono text-xs break-all">
              {activity.identifier ?? "—"}
            </Td>
            <Td label={headings[1]}>{activity.title ?? "—"}</Td>
            <Td label={headings[2]}>
              {translate(`iatiImport.reasons.skip.${activity.skip!.reason}`)}
              {activity.skip!.detail ? <span className="block text-xs text-slate-600">{activity.skip!.detail}</span> : null}
            </Td>
            <Td label={headings[3]}>
              <Problems activity={activity} translate={translate} />
            </Td>
          </tr>
        ))}
      </Table>
    </ActivitySection>
  );
}
