/** A coordinator edits a country's names, region and SPF-I status, from the version they saw. */
import { eq, sql } from "drizzle-orm";
import type { Database, Queryable } from "@/db/engine";
import { countries } from "@/db/schema";
import { editCountrySchema } from "@/lib/validation/countries";
import type { Actor } from "@/lib/actor";
import { changedFields, recordAudit } from "@/lib/audit";
import { conflict, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse";
import { countryCodeFor } from "./query-countries";

/** The editable record, as the edit form shows it and as a CONFLICT returns it. */
export async function getCountryRecord(db: Queryable, code: string) {
  const [country] = await db
    .select({ code: countries.code, name: countries.name, region: countries.region, spfiStatus: countries.spfiStatus, version: countries.version })
    .from(countries)
    .where(eq(countries.code, code));
  return country ?? null;
}

/** The record for the coordinators' edit form. */
export async function getCountryForEdit(db: Queryable, actor: Actor, code: unknown) {
  const country = await getCountryRecord(db, countryCodeFor(actor, code, "country.manage"));
  if (!country) throw notFound();
  return country;
}

export async function editCountry(db: Database, actor: Actor, input: unknown): Promise<{ version: number }> {
  const { code, version, ...fields } = parseInput(editCountrySchema, input);
  assertCan(actor, "country.manage", { countryCode: code });
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(countries).where(eq(countries.code, code)).for("update");
    if (!current) throw notFound();
    if (current.version !== version) throw conflict(await getCountryRecord(tx, code));
    const [updated] = await tx
      .update(countries)
      .set({ ...fields, version: sql`${countries.version} + 1`, updatedAt: new Date() })
      .where(eq(countries.code, code))
      .returning({ version: countries.version });
    await recordAudit(tx, actor, {
      action: "country.edit",
      entityType: "country",
      entityId: code,
      countryCode: code,
      ...changedFields({ name: current.name, region: current.region, spfiStatus: current.spfiStatus }, fields),
    });
    return { version: updated!.version };
  });
}
