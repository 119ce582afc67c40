/**
 * What a new framework version changes: step by step against the version it replaces, and country by country
 * (which steps a country gains, and which it keeps, with their history, from an older version).
 */
import { and, count, eq, isNull } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { countries, countrySteps, frameworkSteps, frameworkVersions, type LocalizedText, milestones } from "@/db/schema";
import type { FrameworkProposal } from "@/lib/validation/framework";
import type { FrameworkStepView } from "./framework-records";

export type ProposedStep = Omit<FrameworkStepView, "id" | "subActivities"> & { subActivities: { key: string; position: number; title: LocalizedText }[] };

export type StepChange = {
  key: string;
  title: LocalizedText;
  change: "added" | "removed" | "changed" | "unchanged";
  /** For a changed step: what changed. */
  fields: ("title" | "description" | "requiresEvidence" | "subActivities" | "position")[];
};

export type CountryImpact = {
  code: string;
  name: LocalizedText;
  fromVersion: number;
  /** Keys of the steps the country would gain. */
  added: string[];
  /** Keys of the country's steps the version no longer has: they stay, with their history, marked as from an older version. */
  kept: string[];
  /** Milestones logged on those kept steps. */
  milestonesOnKept: number;
};

/** The proposal as the steps of a version: removed rows left out, positions 1, 2, 3… in the order asked. */
export function proposedSteps(proposal: FrameworkProposal): ProposedStep[] {
  return proposal.steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => !step.remove)
    .sort((a, b) => a.step.position - b.step.position || a.index - b.index)
    .map(({ step }, index) => ({
      key: step.key,
      position: index + 1,
      title: step.title as LocalizedText,
      description: step.description as LocalizedText,
      requiresEvidence: step.requiresEvidence,
      subActivities: step.subActivities
        .filter((subActivity) => !subActivity.remove)
        .map((subActivity, subIndex) => ({ key: subActivity.key, position: subIndex + 1, title: subActivity.title as LocalizedText })),
    }));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const texts = (text: LocalizedText) => ({ en: text.en, fr: text.fr ?? null, es: text.es ?? null, pt: text.pt ?? null });

export function compareFrameworks(current: FrameworkStepView[], proposed: ProposedStep[]): StepChange[] {
  const before = new Map(current.map((step) => [step.key, step]));
  const after = new Set(proposed.map((step) => step.key));
  const commonBefore = current.map((step) => step.key).filter((key) => after.has(key));
  const commonAfter = proposed.map((step) => step.key).filter((key) => before.has(key));
  const changes: StepChange[] = proposed.map((step) => {
    const old = before.get(step.key);
    if (!old) return { key: step.key, title: step.title, change: "added", fields: [] };
    const fields: StepChange["fields"] = [];
    if (!same(texts(old.title), texts(step.title))) fields.push("title");
    if (!same(texts(old.description), texts(step.description))) fields.push("description");
    if (old.requiresEvidence !== step.requiresEvidence) fields.push("requiresEvidence");
    const subActivities = (list: { key: string; title: LocalizedText }[]) => list.map((item) => [item.key, texts(item.title)]);
    if (!same(subActivities(old.subActivities), subActivities(step.subActivities))) fields.push("subActivities");
    // Moved: its place among the steps both versions have is not the same.
    if (commonBefore.indexOf(step.key) !== commonAfter.indexOf(step.key)) fields.push("position");
    return { key: step.key, title: step.title, change: fields.length ? "changed" : "unchanged", fields };
  });
  for (const step of current) if (!after.has(step.key)) changes.push({ key: step.key, title: step.title, change: "removed", fields: [] });
  return changes;
}

/** For each country (or the one named): what following a version with these step keys would change for it. */
export async function countryImpact(db: Queryable, targetKeys: string[], onlyCountry?: string): Promise<CountryImpact[]> {
  const rows = await db
    .select({
      code: countries.code,
      name: countries.name,
      fromVersion: frameworkVersions.number,
      stepId: countrySteps.id,
      key: frameworkSteps.key,
    })
    .from(countries)
    .innerJoin(frameworkVersions, eq(frameworkVersions.id, countries.frameworkVersionId))
    .leftJoin(countrySteps, eq(countrySteps.countryCode, countries.code))
    .leftJoin(frameworkSteps, eq(frameworkSteps.id, countrySteps.frameworkStepId))
    .where(onlyCountry ? eq(countries.code, onlyCountry) : undefined)
    .orderBy(countries.code);
  const milestoneCounts = new Map(
    (
      await db
        .select({ stepId: milestones.countryStepId, total: count() })
        .from(milestones)
        .where(and(isNull(milestones.deletedAt), onlyCountry ? eq(milestones.countryCode, onlyCountry) : undefined))
        .groupBy(milestones.countryStepId)
    ).map((row) => [row.stepId, row.total]),
  );
  const target = new Set(targetKeys);
  const impacts = new Map<string, CountryImpact & { has: Set<string> }>();
  for (const row of rows) {
    const impact = impacts.get(row.code) ?? { code: row.code, name: row.name, fromVersion: row.fromVersion, added: [], kept: [], milestonesOnKept: 0, has: new Set() };
    impacts.set(row.code, impact);
    if (!row.key || !row.stepId) continue; // a national step stays as it is
    impact.has.add(row.key);
    if (!target.has(row.key)) {
      impact.kept.push(row.key);
      impact.milestonesOnKept += milestoneCounts.get(row.stepId) ?? 0;
    }
  }
  return [...impacts.values()].map(({ has, ...impact }) => ({ ...impact, added: targetKeys.filter((key) => !has.has(key)) }));
}
