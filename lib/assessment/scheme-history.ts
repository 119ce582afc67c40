/**
 * The history of one scheme, from the audit log (decision 0103): who added, edited, withdrew or restored it and
 * when, with each changed field's old and new value, newest first, a counted page at a time. A scheme the reader
 * may not read has no history for them: NOT_FOUND, as for one that does not exist.
 */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import type { CountedPage } from "@/lib/paging";
import { type HistoryEntry, readHistory } from "@/lib/progress/list-history";
import { getScheme } from "./list-schemes";
import { schemeEntity } from "./scheme-records";

export async function listSchemeHistory(db: Queryable, actor: Actor, input: { schemeId: unknown; page?: unknown }): Promise<CountedPage<HistoryEntry>> {
  const scheme = await getScheme(db, actor, input.schemeId);
  const history = await readHistory(db, scheme.countryCode, and(eq(auditLog.entityType, schemeEntity), eq(auditLog.entityId, scheme.id)), input.page);
  return { ...history, rows: history.rows.map((entry) => ({ ...entry, subject: scheme.nationalName })) };
}
