/**
 * How fresh a public page's cached data must be, read from the audit log (every change records an entry, in the
 * change's own transaction, whatever instance or job made it): a country's page is as of the latest entry naming the
 * country and the latest naming none (an exchange rate, the framework's wording, a setting may change every page);
 * the list, as of the latest entry of all. A stamp is part of a cache entry's key, so a change made on any instance
 * is seen by every instance's next read (decision 2200).
 */
import { eq, isNull, max } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { auditLog } from "@/db/schema";

const stampOf = (at: Date | null | undefined) => at?.toISOString() ?? "none";

/** Both answered from the (country_code, at) index. */
export async function countryPageStamp(db: Queryable, countryCode: string): Promise<string> {
  const [[country], [countryless]] = await Promise.all([
    db.select({ at: max(auditLog.at) }).from(auditLog).where(eq(auditLog.countryCode, countryCode)),
    db.select({ at: max(auditLog.at) }).from(auditLog).where(isNull(auditLog.countryCode)),
  ]);
  return `${stampOf(country?.at)}|${stampOf(countryless?.at)}`;
}

/** Answered from the (at) index. */
export async function countryListStamp(db: Queryable): Promise<string> {
  const [latest] = await db.select({ at: max(auditLog.at) }).from(auditLog);
  return stampOf(latest?.at);
}
