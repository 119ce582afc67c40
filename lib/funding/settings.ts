/**
 * The installation's funding settings (decision 2100): the reporting currency every amount is also shown in, and how
 * many days after its period's end a rate may still convert. One row, edited by coordinators with a version.
 */
import { eq } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { installationSettings } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { fundingSettingsSchema } from "@/lib/validation/exchange-rates";
import { parseInput } from "@/lib/validation/parse";

export type FundingSettings = { reportingCurrency: string; rateMaxAgeDays: number; version: number };

const settingsColumns = {
  reportingCurrency: installationSettings.reportingCurrency,
  rateMaxAgeDays: installationSettings.rateMaxAgeDays,
  version: installationSettings.version,
};

/** Anyone may read them: every page that shows a converted figure names the currency and the rule. */
export async function getFundingSettings(db: Queryable): Promise<FundingSettings> {
  const [settings] = await db.select(settingsColumns).from(installationSettings).where(eq(installationSettings.id, true));
  // Migration 0020 inserts the row; a database without it is broken, not empty.
  if (!settings) throw new Error("installation_settings has no row: run the migrations");
  return settings;
}

/** Changes the reporting currency or the rate age; a save based on an older version gets CONFLICT with the settings as they stand. */
export async function updateFundingSettings(db: Database, actor: Actor, input: unknown): Promise<FundingSettings> {
  assertCan(actor, "settings.manage");
  const { version, ...fields } = parseInput(fundingSettingsSchema, input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select(settingsColumns).from(installationSettings).where(eq(installationSettings.id, true)).for("update");
    if (!current) throw new Error("installation_settings has no row: run the migrations");
    if (current.version !== version) throw conflict(current);
    const changes = changedFields({ reportingCurrency: current.reportingCurrency, rateMaxAgeDays: current.rateMaxAgeDays }, fields);
    if (Object.keys(changes.after).length === 0) return current;
    await tx
      .update(installationSettings)
      .set({ ...fields, version: version + 1, updatedById: actor.userId, updatedAt: new Date() })
      .where(eq(installationSettings.id, true));
    await recordAudit(tx, actor, { action: "fundingSettings.update", entityType: "installation_settings", entityId: "funding", ...changes });
    return { ...fields, version: version + 1 };
  });
}
