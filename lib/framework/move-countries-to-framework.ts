/**
 * Moves a country (or every country) to a framework version, keeping its history: its step rows keep their ids
 * (and so their milestones, support and audit entries); each points to the new version's step with the same key;
 * steps the new version lacks stay where they were, marked as from an older version; steps it adds are created.
 * National steps stay after the step they followed.
 */
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, frameworkVersions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { moveCountriesSchema } from "@/lib/validation/framework";
import { parseInput } from "@/lib/validation/parse";
import { frameworkStepsOf } from "./framework-records";

async function moveCountry(tx: Transaction, actor: Actor, country: { code: string; fromVersion: number }, target: { id: string; number: number }) {
  const targetSteps = await frameworkStepsOf(tx, target.id);
  const targetIds = new Map(targetSteps.map((step) => [step.key, step.id]));
  const current = await tx
    .select({ id: countrySteps.id, key: frameworkSteps.key })
    .from(countrySteps)
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(eq(countrySteps.countryCode, country.code))
    .orderBy(asc(countrySteps.position))
    .for("update", { of: countrySteps });

  // Steps the country keeps, anchored after the framework step they followed (or at the start).
  const followers = new Map<string | null, string[]>();
  let anchor: string | null = null;
  const rowOfKey = new Map<string, string>();
  const kept: string[] = [];
  for (const step of current) {
    if (step.key && targetIds.has(step.key)) {
      anchor = step.key;
      rowOfKey.set(step.key, step.id);
      continue;
    }
    if (step.key) kept.push(step.key);
    followers.set(anchor, [...(followers.get(anchor) ?? []), step.id]);
  }

  for (const [key, countryStepId] of rowOfKey) {
    const newStepId = targetIds.get(key)!;
    // Ticked sub-activities follow theirs by key; a sub-activity the new step lacks keeps its old row, unseen.
    await tx.execute(sql`
      update country_sub_activities csa set sub_activity_id = nsa.id
        from framework_sub_activities osa, framework_sub_activities nsa
       where csa.country_step_id = ${countryStepId} and csa.sub_activity_id = osa.id
         and nsa.step_id = ${newStepId} and nsa.key = osa.key`);
    await tx.update(countrySteps).set({ frameworkStepId: newStepId, updatedAt: new Date() }).where(eq(countrySteps.id, countryStepId));
  }
  const added = targetSteps.filter((step) => !rowOfKey.has(step.key));
  if (added.length) {
    const inserted = await tx
      .insert(countrySteps)
      .values(added.map((step) => ({ countryCode: country.code, frameworkStepId: step.id, position: 0 })))
      .returning({ id: countrySteps.id, frameworkStepId: countrySteps.frameworkStepId });
    for (const row of inserted) rowOfKey.set(targetSteps.find((step) => step.id === row.frameworkStepId)!.key, row.id);
  }

  const order = [...(followers.get(null) ?? []), ...targetSteps.flatMap((step) => [rowOfKey.get(step.key)!, ...(followers.get(step.key) ?? [])])];
  for (const [index, id] of order.entries()) await tx.update(countrySteps).set({ position: (index + 1) * 10 }).where(eq(countrySteps.id, id));
  await tx
    .update(countries)
    .set({ frameworkVersionId: target.id, version: sql`${countries.version} + 1`, updatedAt: new Date() })
    .where(eq(countries.code, country.code));
  await recordAudit(tx, actor, {
    action: "framework.move",
    entityType: "country",
    entityId: country.code,
    countryCode: country.code,
    before: { frameworkVersion: country.fromVersion },
    after: { frameworkVersion: target.number, added: added.map((step) => step.key), keptFromOlderVersion: kept },
  });
}

export async function moveCountriesToFramework(db: Database, actor: Actor, input: unknown): Promise<{ moved: string[] }> {
  assertCan(actor, "framework.manage");
  const { versionNumber, countries: which } = parseInput(moveCountriesSchema, input);
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ id: frameworkVersions.id, number: frameworkVersions.number }).from(frameworkVersions).where(eq(frameworkVersions.number, versionNumber));
    if (!target) throw notFound();
    const code = which === "all" ? null : which.toUpperCase();
    const behind = await tx
      .select({ code: countries.code, fromVersion: frameworkVersions.number })
      .from(countries)
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, countries.frameworkVersionId))
      .where(and(ne(countries.frameworkVersionId, target.id), code ? eq(countries.code, code) : undefined))
      .orderBy(asc(countries.code))
      .for("update", { of: countries });
    if (code && behind.length === 0) {
      const [exists] = await tx.select({ code: countries.code }).from(countries).where(inArray(countries.code, [code]));
      if (!exists) throw notFound();
    }
    for (const country of behind) await moveCountry(tx, actor, country, target);
    return { moved: behind.map((country) => country.code) };
  });
}
