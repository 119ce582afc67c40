/**
 * Adds an indicator to the catalogue: a coordinator's SDG 1.3.1 series or SPF Flagship result, or a working
 * group's national indicator for its own country.
 */
import type { Database, Transaction } from "@/db/engine";
import { indicators } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { addCatalogueIndicatorSchema, addNationalIndicatorSchema, type IndicatorFields } from "@/lib/validation/results";
import { checkCountry, indicatorColumns, indicatorEntity, type IndicatorRow, indicatorSnapshot, withUniqueCode } from "./indicator-records";

export async function addCatalogueIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string }> {
  const { family, ...fields } = parseInput(addCatalogueIndicatorSchema, input);
  assertCan(actor, "indicator.catalogue");
  const row = await db.transaction((tx) => insertIndicator(tx, actor, { family, countryCode: null }, fields));
  return { id: row.id };
}

export async function addNationalIndicator(db: Database, actor: Actor, input: unknown): Promise<{ id: string; countryCode: string }> {
  const { countryCode, ...fields } = parseInput(addNationalIndicatorSchema, input);
  assertCan(actor, "results.write", { countryCode });
  const row = await db.transaction(async (tx) => {
    await checkCountry(tx, countryCode);
    return insertIndicator(tx, actor, { family: "national", countryCode }, fields);
  });
  return { id: row.id, countryCode };
}

async function insertIndicator(
  tx: Transaction,
  actor: Actor,
  owner: Pick<IndicatorRow, "family" | "countryCode">,
  fields: IndicatorFields,
): Promise<IndicatorRow> {
  const [row] = await withUniqueCode(() =>
    tx
      .insert(indicators)
      .values({ ...indicatorColumns(fields), ...owner, createdById: actor.userId })
      .returning(),
  );
  await recordAudit(tx, actor, { action: "indicator.add", entityType: indicatorEntity, entityId: row!.id, countryCode: owner.countryCode, after: indicatorSnapshot(row!) });
  return row!;
}
