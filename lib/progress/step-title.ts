/**
 * The one rule for a step's title, for every read: a framework step's title (a text per language) or, for a
 * national step the country added, the title its working group wrote. Pages show it with `titleText`
 * (lib/i18n/localized.ts).
 */
import { eq, type SQL, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countrySteps, frameworkSteps, type LocalizedText } from "@/db/schema";
import type { StepTitle } from "@/lib/i18n/localized";

export type { StepTitle };

/** The title of a country step, in a query that left-joins `frameworkSteps` on the step's framework step. */
export const stepTitle = sql<StepTitle>`coalesce(${frameworkSteps.title}, to_jsonb(coalesce(${countrySteps.nationalTitle}, '')))`;

/** A country step as lists name it: id, place, framework key (null for a national step) and title. Same join as `stepTitle`. */
export const stepNameColumns = { id: countrySteps.id, position: countrySteps.position, key: frameworkSteps.key, title: stepTitle };

/** The titles of the country steps `where` selects, by step id. */
export async function stepTitlesById(db: Queryable, where: SQL): Promise<Map<string, StepTitle>> {
  const rows = await db
    .select({ id: countrySteps.id, title: stepTitle })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(where);
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** The title as the JSON API gives it: the framework's translations, or a national step's own title. */
export function stepTitleFields(title: StepTitle): { title: LocalizedText | null; nationalTitle: string | null } {
  return typeof title === "string" ? { title: null, nationalTitle: title } : { title, nationalTitle: null };
}
