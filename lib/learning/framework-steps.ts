/** The framework's steps by their stable key, as the latest version words them: for library filters, forms and pages across countries. */
import { desc, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { frameworkSteps, frameworkVersions, type LocalizedText } from "@/db/schema";

export type FrameworkStepRef = { key: string; title: LocalizedText; position: number };

export async function listFrameworkSteps(db: Queryable): Promise<FrameworkStepRef[]> {
  const rows = await db
    .selectDistinctOn([frameworkSteps.key], { key: frameworkSteps.key, title: frameworkSteps.title, position: frameworkSteps.position })
    .from(frameworkSteps)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, frameworkSteps.versionId))
    .orderBy(frameworkSteps.key, desc(frameworkVersions.number));
  return rows.sort((a, b) => a.position - b.position);
}
