/**
 * The step progress export: each country's steps in order with status, sign-off and checklist, read through the
 * country page's own function (getCountryOverview), one country per batch.
 */
import type { Queryable } from "@/db/engine";
import type { Locale } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { titleText } from "@/lib/i18n/localized";
import { authorizeProgressExport } from "./progress-export-scope";
import { stepSignOffs } from "./step-sign-offs";
import { type ExportColumn, type ExportRow, type ExportTable, labelledColumn } from "./tabular";

const column = labelledColumn;

export const stepProgressColumns: ExportColumn[] = [
  column("country", "text"),
  column("stepNumber", "integer"),
  column("stepKey", "text"),
  column("step", "text", 40),
  column("status", "choice"),
  column("statusChangedAt", "timestamp", 18),
  column("signedOffAt", "timestamp", 18),
  column("signedOffBy", "text", 20),
  column("signOffNote", "text", 40),
  column("subActivitiesDone", "integer"),
  column("subActivitiesTotal", "integer"),
  column("olderVersion", "choice"),
];

export async function exportStepProgress(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
  options: { locale: Locale },
): Promise<{ rowCount: null; table: ExportTable }> {
  const { query, countryCodes } = await authorizeProgressExport(db, actor, input);
  async function* batches(): AsyncGenerator<ExportRow[]> {
    for (const code of countryCodes) {
      const [{ country, steps }, signOffs] = await Promise.all([getCountryOverview(db, actor, code), stepSignOffs(db, [code])]);
      yield steps
        .map((step, index) => ({ step, number: index + 1, signOff: signOffs.get(step.id) }))
        .filter(({ step }) => !query.step || step.key === query.step)
        .map(({ step, number, signOff }) => ({
          country: country.code,
          stepNumber: number,
          stepKey: step.key,
          step: titleText(step.title, options.locale),
          status: step.status,
          statusChangedAt: step.statusChangedAt?.toISOString(),
          signedOffAt: signOff?.signedOffAt?.toISOString(),
          signedOffBy: signOff?.signedOffByName,
          signOffNote: signOff?.signOffNote,
          subActivitiesDone: step.subActivitiesDone,
          subActivitiesTotal: step.subActivitiesTotal,
          olderVersion: signOff?.fromOlderVersion ? "yes" : "",
        }));
    }
  }
  return { rowCount: null, table: { name: "steps", columns: stepProgressColumns, batches: batches() } };
}
