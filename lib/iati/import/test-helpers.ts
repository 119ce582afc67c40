/** What the IATI import's tests share: the real files' place, an upload run through its dry run, the entries of an agency. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, count, eq, isNotNull, like } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { auditLog, supportEntries, supportTransactions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { getIatiImport } from "./read-iati-imports";
import { runIatiDryRun } from "./run-iati-dry-run";
import { startIatiImport } from "./start-iati-import";

export const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
export const realFile = (name: string) => new Uint8Array(readFileSync(path.join(realData, name)));
export const xml = (text: string) => new TextEncoder().encode(text);

/** The day the tests read files on: the real files' transactions are all before it. */
export const today = "2026-12-03";

/** Uploads a file as the actor and runs its dry run to the end, as the server does after the response. */
export async function dryRun(db: Database, actor: Actor, bytes: Uint8Array, input: Record<string, unknown> = {}, fileName = "activities.xml") {
  const { id } = await startIatiImport(db, actor, input, { fileName, bytes });
  await runIatiDryRun(db, id, { today });
  return getIatiImport(db, actor, id);
}

/** How many `<iati-activity` elements a file holds, counted in its text. */
export const activitiesIn = (bytes: Uint8Array) => (new TextDecoder().decode(bytes).match(/<iati-activity[\s>]/g) ?? []).length;

/** Entries and transactions that came from IATI for an agency, and support's audit entries: what "nothing changed" compares. */
export async function footprint(db: Database, agencyId: string) {
  const [[entries], [transactions], [audits]] = await Promise.all([
    db.select({ n: count() }).from(supportEntries).where(and(eq(supportEntries.agencyId, agencyId), isNotNull(supportEntries.iatiIdentifier))),
    db
      .select({ n: count() })
      .from(supportTransactions)
      .innerJoin(supportEntries, eq(supportEntries.id, supportTransactions.supportEntryId))
      .where(eq(supportEntries.agencyId, agencyId)),
    db.select({ n: count() }).from(auditLog).where(like(auditLog.action, "support.%")),
  ]);
  return { entries: entries!.n, transactions: transactions!.n, audits: audits!.n };
}
