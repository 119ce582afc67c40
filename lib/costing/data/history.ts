/**
 * The history of a country's costing from the audit log, newest first, a counted page at a time: its frame, inputs,
 * sharing and validations, and its scenarios and packages (withdrawn ones too), or those of one scenario or package.
 * Each entry of a scenario or package names it as it is called now. Read under the costing's sharing rule: a costing
 * kept to its country gives outsiders no history (NOT_FOUND, as the costing's versions do).
 */
import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, costingPackages, costingScenarios } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { countryFor } from "@/lib/countries/query-countries";
import { notFound } from "@/lib/errors";
import type { CountedPage } from "@/lib/paging";
import { type HistoryEntry, readHistory } from "@/lib/progress/list-history";
import { isRecordId } from "@/lib/progress/records";
import { costingReadable } from "./get-costing";
import { costingEntity, packageEntity, scenarioEntity } from "./records";

export type CostingHistorySubject = { kind: "scenario" | "package"; id: string };

const entityOf = { scenario: scenarioEntity, package: packageEntity } as const;

/** The audit entries a history reads: the whole costing's, or one scenario's or package's. */
function entriesOf(subject: CostingHistorySubject | undefined): SQL | undefined {
  if (!subject) return inArray(auditLog.entityType, [costingEntity, scenarioEntity, packageEntity]);
  if (!isRecordId(subject.id)) throw notFound();
  return and(eq(auditLog.entityType, entityOf[subject.kind]), eq(auditLog.entityId, subject.id));
}

/** What each scenario or package of the entries is called now, by id; read within the country only. */
async function namesOf(db: Queryable, countryCode: string, entries: HistoryEntry[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(entries.filter((entry) => entry.entityType === type).map((entry) => entry.entityId))];
  const [scenarioIds, packageIds] = [idsOf(scenarioEntity), idsOf(packageEntity)];
  const scenarios = scenarioIds.length
    ? await db.select({ id: costingScenarios.id, name: costingScenarios.name }).from(costingScenarios).where(and(eq(costingScenarios.countryCode, countryCode), inArray(costingScenarios.id, scenarioIds)))
    : [];
  const packages = packageIds.length
    ? await db.select({ id: costingPackages.id, name: costingPackages.name }).from(costingPackages).where(and(eq(costingPackages.countryCode, countryCode), inArray(costingPackages.id, packageIds)))
    : [];
  return new Map([...scenarios, ...packages].map((row) => [row.id, row.name]));
}

export async function listCostingHistory(
  db: Queryable,
  actor: Actor,
  input: { countryCode: unknown; subject?: CostingHistorySubject; page?: unknown },
): Promise<CountedPage<HistoryEntry>> {
  const country = await countryFor(db, actor, input.countryCode);
  const { readable } = await costingReadable(db, actor, country.code);
  if (!readable) throw notFound();
  const history = await readHistory(db, country.code, entriesOf(input.subject), input.page);
  const names = await namesOf(db, country.code, history.rows);
  return { ...history, rows: history.rows.map((entry) => ({ ...entry, subject: names.get(entry.entityId) ?? entry.subject })) };
}
