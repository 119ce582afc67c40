/**
 * STAND-IN for fx-rates' getFundingSettings (lib/funding/rates/): the installation's reporting currency and rate
 * age, read as they are. On merging fx-rates, callers switch to its function and this file goes.
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { installationSettings } from "@/db/schema";

export type FundingSettings = { reportingCurrency: string; rateMaxAgeDays: number; version: number };

export async function getFundingSettings(db: Queryable): Promise<FundingSettings> {
  const [row] = await db
    .select({ reportingCurrency: installationSettings.reportingCurrency, rateMaxAgeDays: installationSettings.rateMaxAgeDays, version: installationSettings.version })
    .from(installationSettings)
    .where(eq(installationSettings.id, true));
  return row ?? { reportingCurrency: "USD", rateMaxAgeDays: 366, version: 0 };
}
