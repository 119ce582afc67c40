/**
 * A coordinator adds a country: its ISO code, its names (blank ones filled with the standard names), region and
 * SPF-I status. It follows the current framework version and gets one step row per step of it.
 */
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { countries, frameworkVersions, type LocalizedText } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/db-errors";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { addCountrySchema } from "@/lib/validation/countries";
import { parseInput } from "@/lib/validation/parse";
import { createCountrySteps } from "./country-steps";
import { standardCountryNames } from "./iso-3166";

export async function addCountry(db: Database, actor: Actor, input: unknown): Promise<{ code: string }> {
  const { code, name: typed, region, spfiStatus } = parseInput(addCountrySchema, input);
  assertCan(actor, "country.manage", { countryCode: code });
  const standard = standardCountryNames(code);
  const name = { ...standard, ...Object.fromEntries(Object.entries(typed).filter(([, text]) => text)) } as LocalizedText;
  if (!name.en) throw invalid({ "name.en": "validation.required" });

  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ code: countries.code }).from(countries).where(eq(countries.code, code));
      if (existing) throw invalid({ code: "adminCountries.codeTaken" });
      const [framework] = await tx.select({ id: frameworkVersions.id }).from(frameworkVersions).orderBy(desc(frameworkVersions.number)).limit(1);
      if (!framework) throw new Error("No framework version: the database was not seeded");
      await tx.insert(countries).values({ code, name, region, spfiStatus, frameworkVersionId: framework.id });
      await createCountrySteps(tx, code, framework.id);
      await recordAudit(tx, actor, { action: "country.add", entityType: "country", entityId: code, countryCode: code, after: { name, region, spfiStatus } });
      return { code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw invalid({ code: "adminCountries.codeTaken" }); // added at the same moment
    throw error;
  }
}
