/** Who may export progress, and which countries an export covers: one named by the URL, or all of them. */
import { asc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { type ProgressExportQuery, progressExportQuery } from "@/lib/validation/reports";
import { type StepTitle, stepTitle } from "@/lib/progress/step-title";

export async function authorizeProgressExport(
  db: Queryable,
  actor: Actor,
  input: Record<string, unknown>,
): Promise<{ query: ProgressExportQuery; countryCodes: string[] }> {
  const query = progressExportQuery.parse(input);
  assertCan(actor, "report.export", { countryCode: query.country ?? null });
  const rows = await db
    .select({ code: countries.code })
    .from(countries)
    .where(query.country ? eq(countries.code, query.country) : undefined)
    .orderBy(asc(countries.code));
  if (query.country && rows.length === 0) throw notFound();
  return { query, countryCodes: rows.map((row) => row.code) };
}

export type StepName = { countryCode: string; number: number; key: string | null; title: StepTitle };

/** Every country step's number (its place in the country's order), key and title, to name steps in rows. */
export async function stepNames(db: Queryable, countryCode?: string): Promise<Map<string, StepName>> {
  const rows = await db
    .select({
      id: countrySteps.id,
      countryCode: countrySteps.countryCode,
      key: frameworkSteps.key,
      title: stepTitle,
    })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(countryCode ? eq(countrySteps.countryCode, countryCode) : undefined)
    .orderBy(asc(countrySteps.countryCode), asc(countrySteps.position));
  const names = new Map<string, StepName>();
  let number = 0;
  let country = "";
  for (const row of rows) {
    number = row.countryCode === country ? number + 1 : 1;
    country = row.countryCode;
    names.set(row.id, { countryCode: row.countryCode, number, key: row.key, title: row.title });
  }
  return names;
}
