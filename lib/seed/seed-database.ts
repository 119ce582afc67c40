/**
 * Loads what a new Socle needs: the SPF-I framework, the countries and agencies the source names, the catalogue of
 * indicators (SDG 1.3.1 and the SPF Flagship results), and
 * (unless SOCLE_DEMO_ACCOUNTS=false) one demo account per role. Safe to run again: it adds only what is missing.
 */
import { eq, desc, isNull, sql } from "drizzle-orm";
import { createCountrySteps } from "@/lib/countries/country-steps";
import { hashPassword } from "@/lib/auth/passwords";
import type { Database } from "@/db/engine";
import { agencies, countries, frameworkSteps, frameworkSubActivities, frameworkVersions, indicators, memberships, users } from "@/db/schema";
import { seedAgencies } from "@/db/seed-data/agencies";
import { seedCountries } from "@/db/seed-data/countries";
import { demoAccounts, demoPassword } from "@/db/seed-data/demo-accounts";
import { frameworkV1 } from "@/db/seed-data/framework";
import { seedIndicators } from "@/db/seed-data/indicators";
import { seedLearning } from "./seed-learning";

export { demoAccounts, demoPassword };

export async function seedDatabase(db: Database, options: { demoAccounts: boolean }): Promise<void> {
  const demoPasswordHash = options.demoAccounts ? await hashPassword(demoPassword) : null;
  await db.transaction(async (tx) => {
    // Several instances may start together on one PostgreSQL server: seed one at a time.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('socle-seed'))`);

    let [framework] = await tx.select().from(frameworkVersions).orderBy(desc(frameworkVersions.number)).limit(1);
    if (!framework) {
      [framework] = await tx.insert(frameworkVersions).values({ number: 1, notes: "SPF-I generic key steps" }).returning();
      for (const [index, step] of frameworkV1.entries()) {
        const [row] = await tx
          .insert(frameworkSteps)
          .values({
            versionId: framework!.id,
            key: step.key,
            position: index + 1,
            title: step.title,
            description: step.description,
            requiresEvidence: step.requiresEvidence,
          })
          .returning({ id: frameworkSteps.id });
        if (step.subActivities.length > 0) {
          await tx.insert(frameworkSubActivities).values(
            step.subActivities.map((subActivity, position) => ({
              stepId: row!.id,
              key: subActivity.key,
              position: position + 1,
              title: subActivity.title,
            })),
          );
        }
      }
    }

    await tx.insert(agencies).values(seedAgencies).onConflictDoNothing({ target: agencies.acronym });

    const added = await tx
      .insert(countries)
      .values(seedCountries.map((country) => ({ ...country, frameworkVersionId: framework!.id })))
      .onConflictDoNothing({ target: countries.code })
      .returning({ code: countries.code });
    for (const country of added) await createCountrySteps(tx, country.code, framework!.id);
    await seedLearning(tx);

    // By code, withdrawn entries included: a catalogue entry a coordinator withdrew stays withdrawn.
    const catalogued = await tx.select({ code: indicators.code }).from(indicators).where(isNull(indicators.countryCode));
    const knownCodes = new Set(catalogued.map((row) => row.code));
    const missingIndicators = seedIndicators.filter((indicator) => !knownCodes.has(indicator.code));
    if (missingIndicators.length > 0) await tx.insert(indicators).values(missingIndicators);

    if (demoPasswordHash) {
      const agencyIds = new Map((await tx.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies)).map((a) => [a.acronym, a.id]));
      for (const account of demoAccounts) {
        const [user] = await tx
          .insert(users)
          .values({ email: account.email, name: account.name, passwordHash: demoPasswordHash })
          .onConflictDoNothing({ target: users.email })
          .returning({ id: users.id });
        if (!user) continue; // already there: leave whatever a coordinator changed
        await tx.insert(memberships).values({
          userId: user.id,
          role: account.role,
          countryCode: account.countryCode ?? null,
          agencyId: account.agencyAcronym ? agencyIds.get(account.agencyAcronym)! : null,
        });
      }
    }
  });
}

/** True once the framework is there; used to say whether a database was already seeded. */
export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.select({ id: frameworkVersions.id }).from(frameworkVersions).where(eq(frameworkVersions.number, 1));
  return rows.length > 0;
}
