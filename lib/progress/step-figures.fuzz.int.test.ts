/**
 * The steps' kept figures (decision 2420) after random sequences of writes: through the lib functions people use
 * (milestones logged, edited, shared, withdrawn and restored; evidence added, shared and removed; support entries
 * added, moved and withdrawn) and through plain SQL (a milestone moved to another step, a hard delete, an entry
 * restored, bulk updates), they always equal the aggregate from scratch; and each reader's figures are the counts the
 * history gives that reader.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/engine";
import { evidence, milestones, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { getProgressMatrix } from "@/lib/matrix/get-progress-matrix";
import { utcToday } from "@/lib/plans/plan-arithmetic";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { editSupportEntry } from "@/lib/support/edit-support-entry";
import { withdrawSupportEntry } from "@/lib/support/withdraw-support-entry";
import { agencyIdOf, createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import { stepFiguresMismatches } from "@/lib/testing/step-figures-oracle";
import { addEvidence } from "./add-evidence";
import { changeEvidenceSharing } from "./change-evidence-sharing";
import { deleteMilestone } from "./delete-milestone";
import { editMilestone } from "./edit-milestone";
import { getCountryStep } from "./get-country-step";
import { getCountryWorkspace } from "./get-country-workspace";
import { logMilestone } from "./log-milestone";
import { removeEvidence } from "./remove-evidence";
import { restoreMilestone } from "./restore-milestone";

const database = useTestDatabase();
let coordinator: Actor;
let mozambique: Actor;
let reviewer: Actor;
let unicefId: string;
/** Three steps of Mozambique and one of Togo: moves within a country, figures of two countries. */
let steps: { id: string; countryCode: string }[];

beforeAll(async () => {
  [coordinator, mozambique, reviewer] = await Promise.all([
    createPerson(database, { role: "coordinator" }),
    createPerson(database, { role: "working_group_member", countryCode: "MZ" }),
    createPerson(database, { role: "reviewer" }),
  ]);
  unicefId = await agencyIdOf(database.db, "UNICEF");
  steps = [];
  for (const [countryCode, key] of [["MZ", "working_group"], ["MZ", "support_needs"], ["TG", "working_group"]] as const) {
    steps.push({ id: (await stepOf(database.db, countryCode, key)).id, countryCode });
  }
  // A third step of Mozambique: the first whose key is neither of those.
  const [third] = await queryRows<{ id: string }>(
    database.db,
    sql`select cs.id from country_steps cs join framework_steps fs on fs.id = cs.framework_step_id
         where cs.country_code = 'MZ' and fs.key not in ('working_group', 'support_needs') order by cs.position limit 1`,
  );
  steps.push({ id: third!.id, countryCode: "MZ" });
});

const levels = ["country", "all"] as const;
const pick = <T,>(items: T[], index: number): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

/** One write, by its kind and the numbers that choose what it acts on. */
type Write = { kind: (typeof writeKinds)[number]; a: number; b: number; level: (typeof levels)[number] };
const writeKinds = [
  "log",
  "log",
  "edit",
  "share",
  "withdraw",
  "restore",
  "addEvidence",
  "shareEvidence",
  "removeEvidence",
  "addEntry",
  "moveEntry",
  "withdrawEntry",
  "sqlMoveMilestone",
  "sqlHardDelete",
  "sqlRestoreEntry",
  "sqlBulkShare",
] as const;
const writeArbitrary: fc.Arbitrary<Write> = fc.record({
  kind: fc.constantFrom(...writeKinds),
  a: fc.nat(1000),
  b: fc.nat(1000),
  level: fc.constantFrom(...levels),
});

const db = () => database.db;
const ids = async (query: ReturnType<typeof sql>) => (await queryRows<{ id: string }>(db(), query)).map((row) => row.id);
const versionOf = async (id: string) => (await db().select({ version: milestones.version }).from(milestones).where(eq(milestones.id, id)))[0]!.version;
let sequence = 0;

async function apply(write: Write): Promise<void> {
  const { a, b, level } = write;
  const step = steps[a % steps.length]!;
  const live = await ids(sql`select id from milestones where deleted_at is null order by created_at, id`);
  const withdrawn = await ids(sql`select id from milestones where deleted_at is not null order by created_at, id`);
  const liveEvidence = await ids(sql`select id from evidence where deleted_at is null order by created_at, id`);
  const entries = await ids(sql`select id from support_entries where deleted_at is null order by created_at, id`);
  const milestone = pick(live, b);
  sequence++;
  switch (write.kind) {
    case "log":
      await logMilestone(db(), coordinator, {
        countryStepId: step.id,
        title: `Milestone ${sequence}`,
        occurredOn: "2026-01-15",
        sharingLevel: level,
        evidenceSharingLevel: b % 2 ? "all" : "country",
        links: b % 3 ? [{ url: `https://example.org/${sequence}`, title: "Minutes" }] : [],
      });
      return;
    case "edit":
    case "share":
      if (!milestone) return;
      await editMilestone(db(), coordinator, {
        milestoneId: milestone,
        version: await versionOf(milestone),
        title: `Edited ${sequence}`,
        occurredOn: "2026-02-01",
        description: "",
        ...(write.kind === "share" ? { sharingLevel: level } : {}),
      });
      return;
    case "withdraw":
      if (milestone) await deleteMilestone(db(), coordinator, { milestoneId: milestone });
      return;
    case "restore": {
      const chosen = pick(withdrawn, b);
      if (chosen) await restoreMilestone(db(), coordinator, { milestoneId: chosen });
      return;
    }
    case "addEvidence":
      if (milestone) await addEvidence(db(), coordinator, { milestoneId: milestone, sharingLevel: level, links: [{ url: `https://example.org/e${sequence}`, title: "Report" }] });
      return;
    case "shareEvidence": {
      const item = pick(liveEvidence, b);
      if (item) await changeEvidenceSharing(db(), coordinator, { evidenceId: item, sharingLevel: level });
      return;
    }
    case "removeEvidence": {
      const item = pick(liveEvidence, b);
      if (item) await removeEvidence(db(), coordinator, { evidenceId: item });
      return;
    }
    case "addEntry":
      await addSupportEntry(db(), coordinator, technicalEntry(step.countryCode, b % 4 === 0 ? undefined : step.id, `Support ${sequence}`));
      return;
    case "moveEntry": {
      const entry = pick(entries, b);
      if (!entry) return;
      const [row] = await db().select().from(supportEntries).where(eq(supportEntries.id, entry));
      const target = steps.filter((candidate) => candidate.countryCode === row!.countryCode)[a % 2];
      await editSupportEntry(db(), coordinator, { ...technicalEntry(row!.countryCode, a % 3 === 0 ? undefined : target?.id, `Moved ${sequence}`), id: entry, version: row!.version });
      return;
    }
    case "withdrawEntry": {
      const entry = pick(entries, b);
      if (!entry) return;
      const [row] = await db().select({ version: supportEntries.version }).from(supportEntries).where(eq(supportEntries.id, entry));
      await withdrawSupportEntry(db(), coordinator, { id: entry, version: row!.version, reason: "Ended" });
      return;
    }
    // Plain SQL, as a repair script or a future write path would send it: the figures follow all the same.
    case "sqlMoveMilestone": {
      if (!milestone) return;
      const [row] = await db().select({ countryCode: milestones.countryCode }).from(milestones).where(eq(milestones.id, milestone));
      const target = pick(steps.filter((candidate) => candidate.countryCode === row!.countryCode), a)!;
      await db().update(milestones).set({ countryStepId: target.id }).where(eq(milestones.id, milestone));
      return;
    }
    case "sqlHardDelete": {
      const chosen = pick([...live, ...withdrawn], b);
      if (!chosen) return;
      await db().transaction(async (tx) => {
        await tx.delete(evidence).where(eq(evidence.milestoneId, chosen));
        await tx.execute(sql`delete from review_entries where subject_id = ${chosen}`);
        await tx.delete(milestones).where(eq(milestones.id, chosen));
      });
      return;
    }
    case "sqlRestoreEntry":
      await db().execute(sql`update support_entries set deleted_at = null, updated_at = now() where id = (select id from support_entries where deleted_at is not null order by created_at, id offset ${b % 3} limit 1)`);
      return;
    case "sqlBulkShare":
      await db().update(milestones).set({ sharingLevel: level, updatedAt: new Date() }).where(and(eq(milestones.countryCode, step.countryCode), isNull(milestones.deletedAt)));
      return;
  }
}

const technicalEntry = (countryCode: string, countryStepId: string | undefined, title: string) => ({
  countryCode,
  agencyId: unicefId,
  kind: "technical",
  technicalCategory: "costing_modelling",
  title,
  status: "ongoing",
  ...(countryStepId ? { countryStepId } : {}),
});

/** A write refused for what it met (a milestone withdrawn meanwhile, a stale version) is a write that did nothing. */
async function applyOrRefused(write: Write): Promise<void> {
  try {
    await apply(write);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

describe("the steps' kept figures", () => {
  // The database keeps what each sequence wrote, so later sequences start from richer states; a counterexample is the
  // sequence after which the figures first differed, not necessarily the whole cause.
  it("equal the aggregate from scratch after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArbitrary, { minLength: 1, maxLength: 12 }), async (writes) => {
        for (const write of writes) await applyOrRefused(write);
        expect(await stepFiguresMismatches(db())).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it("give each reader the counts the history gives them: the matrix today and as of today, the country page and the step page", async () => {
    for (const write of writeKinds.flatMap((kind, index) => [{ kind, a: index, b: index * 7, level: levels[index % 2]! }])) await applyOrRefused(write);
    // Something of every kind is there to count, shared and not. The sequence runs on what the first test's random
    // writes left, so it may remove the last of a kind (a hard delete takes a milestone's evidence with it): one of
    // each kind missing is added.
    const countsNow = async () =>
      (
        await queryRows<{ shared: number; kept: number; evidence: number; entries: number }>(
          db(),
          sql`select (select count(*) from milestones where deleted_at is null and sharing_level = 'all')::int as shared,
                     (select count(*) from milestones where deleted_at is null and sharing_level = 'country')::int as kept,
                     (select count(*) from evidence where deleted_at is null)::int as evidence,
                     (select count(*) from support_entries where deleted_at is null and country_step_id is not null)::int as entries`,
        )
      )[0]!;
    const before = await countsNow();
    // A milestone logged with b = 1 carries a link (b % 3), shared with all (b % 2).
    if (before.shared === 0 || before.evidence === 0) await apply({ kind: "log", a: 0, b: 1, level: "all" });
    if (before.kept === 0) await apply({ kind: "log", a: 0, b: 1, level: "country" });
    if (before.entries === 0) await apply({ kind: "addEntry", a: 0, b: 1, level: "all" });
    const counts = await countsNow();
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(0);

    for (const reader of [reviewer, mozambique, coordinator]) {
      const cells = (matrix: Awaited<ReturnType<typeof getProgressMatrix>>) =>
        matrix.countries.flatMap((country) => country.cells.flatMap((cell) => (cell ? [{ step: cell.countryStepId, milestones: cell.milestones, supportEntries: cell.supportEntries }] : [])));
      expect(cells(await getProgressMatrix(db(), reader, {}))).toEqual(cells(await getProgressMatrix(db(), reader, { asOf: utcToday() })));

      const { steps: workspaceSteps } = await getCountryWorkspace(db(), reader, "MZ");
      for (const step of workspaceSteps.filter((candidate) => steps.some((chosen) => chosen.id === candidate.id))) {
        const stepPage = await getCountryStep(db(), reader, { countryCode: "MZ", countryStepId: step.id });
        expect({ milestones: step.milestoneCount, evidence: step.evidenceCount }).toEqual({ milestones: stepPage.milestones.length, evidence: stepPage.evidenceCount });
        expect(step.milestones.map((milestone) => milestone.id)).toEqual(stepPage.milestones.slice(0, step.milestones.length).map((milestone) => milestone.id));
      }
    }
    expect(await stepFiguresMismatches(db())).toEqual([]);
  }, 120_000);

  it("are rebuilt whole by the migration's statement, which a bulk load may run again", async () => {
    await db().execute(sql`delete from step_figures`);
    expect((await stepFiguresMismatches(db())).length).toBeGreaterThan(0);
    await db().execute(sql`select refresh_step_figures(array(select id from country_steps))`);
    expect(await stepFiguresMismatches(db())).toEqual([]);
  });
});
