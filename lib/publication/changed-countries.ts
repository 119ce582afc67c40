/**
 * Which public pages a write touched, from its audit entries (every change records one, with its country): the
 * edges note the latest entry before a change and ask after it which published pages to refresh. An entry without a
 * country (an exchange rate, the framework's wording, a setting) may change every page.
 */
import { and, eq, gt, isNull, max, sql } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog, countryPublications } from "@/db/schema";

/** The id of the latest audit entry, 0 for none. */
export async function latestAuditId(db: Queryable): Promise<number> {
  const [row] = await db.select({ id: max(auditLog.id) }).from(auditLog);
  return Number(row?.id ?? 0);
}

export type TouchedPages = { countryCodes: string[]; everyPage: boolean };

/**
 * The countries with a public page (published, or published once: its cache may hold it) that entries after
 * `auditId` name, and whether one entry named no country.
 */
export async function publicPagesTouchedSince(db: Queryable, auditId: number): Promise<TouchedPages> {
  const [countryRows, [countryless]] = await Promise.all([
    db
      .selectDistinct({ code: countryPublications.countryCode })
      .from(auditLog)
      .innerJoin(countryPublications, eq(countryPublications.countryCode, auditLog.countryCode))
      .where(gt(auditLog.id, auditId)),
    db
      .select({ any: sql<boolean>`count(*) > 0` })
      .from(auditLog)
      .where(and(gt(auditLog.id, auditId), isNull(auditLog.countryCode))),
  ]);
  return { countryCodes: countryRows.map((row) => row.code).sort(), everyPage: countryless?.any === true };
}
