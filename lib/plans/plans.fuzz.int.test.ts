/** Fuzzed plan writes: each generated input is accepted or refused with a 4xx, and a refused one changes nothing. */
import fc from "fast-check";
import { eq } from "drizzle-orm";
import { beforeAll, describe, it } from "vitest";
import { planBaselines, plannedMilestones, stepPlans } from "@/db/schema";
import { createCast, stepOf, useTestDatabase } from "@/lib/testing/database";
import { currentVersion, formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { addPlannedMilestone } from "./add-planned-milestone";
import { editPlannedMilestone } from "./edit-planned-milestone";
import { restoreBaseline } from "./restore-baseline";
import { restorePlannedMilestone } from "./restore-planned-milestone";
import { saveBaseline } from "./save-baseline";
import { setStepPlan } from "./set-step-plan";
import { withdrawBaseline } from "./withdraw-baseline";
import { withdrawPlannedMilestone } from "./withdraw-planned-milestone";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let people: Awaited<ReturnType<typeof createCast>>;
let beninStep: string, togoStep: string, planned: string, baseline: string;

beforeAll(async () => {
  people = await createCast(database);
  beninStep = (await stepOf(database.db, "BJ", "awareness")).id;
  togoStep = (await stepOf(database.db, "TG", "awareness")).id;
  planned = (await addPlannedMilestone(database.db, people.benin, { countryCode: "BJ", countryStepId: beninStep, title: "Workshop", expectedOn: "2027-03-01" })).id;
  baseline = (await saveBaseline(database.db, people.benin, { countryCode: "BJ", name: "First" })).id;
});

const blankOr = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof(fc.constant(""), arbitrary);
const text = (maximum: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== "") }, fc.string({ minLength: maximum - 5, maxLength: maximum + 20 }));
const day = () => mostly(["2027-01-31", "2027-06-30", "2028-02-29"], fc.constantFrom("2027-02-30", "1999-12-31", "2101-01-01", "31/01/2027", "tomorrow", 20270131));
const plannedFields = () => ({ title: text(200), description: blankOr(text(5000)), expectedOn: day(), sharingLevel: mostly(["country", "all"], fc.constant("world")) });
const planVersion = async (id: unknown) => {
  if (typeof id !== "string") return undefined;
  const [row] = await database.db.select({ version: stepPlans.version }).from(stepPlans).where(eq(stepPlans.countryStepId, id)).catch(() => []);
  return row?.version ?? 0;
};

describe("fuzzed plan writes get a 4xx or succeed, and refusals change nothing", () => {
  it("setting a step's planned dates", async () => {
    const input = formLike({
      countryStepId: idAmong(beninStep, togoStep),
      countryCode: mostly(["BJ", "bj", undefined], fc.constantFrom("TG", "ZZ", "BEN")),
      version: versionLike(),
      plannedStart: blankOr(day()),
      plannedEnd: blankOr(day()),
    });
    await fuzz(input, async (values) => {
      if (values.version !== currentVersion) return setStepPlan(database.db, people.benin, values);
      return setStepPlan(database.db, people.benin, { ...values, version: await planVersion(values.countryStepId) });
    });
  }, fuzzTimeout);

  it("adding and editing planned milestones", async () => {
    const mixedAdd = formLike({ countryCode: mostly(["BJ"], fc.constantFrom("TG", "ZZ")), countryStepId: idAmong(beninStep, togoStep), ...plannedFields() });
    // Every rule met at once, so that some adds are written whatever the seed.
    const validAdd = fc.record({ countryCode: fc.constant("BJ"), countryStepId: fc.constant(beninStep), title: fc.constantFrom("Workshop", "Decree"), expectedOn: fc.constantFrom("2027-01-31", "2028-02-29") });
    await fuzz(fc.oneof(mixedAdd, validAdd) as fc.Arbitrary<Record<string, unknown>>, (values) => addPlannedMilestone(database.db, people.benin, values));
    const mixedEdit = formLike({ id: idAmong(planned), version: versionLike(), ...plannedFields() });
    const validEdit = fc.record({ id: fc.constant(planned), version: fc.constant(currentVersion), title: fc.constantFrom("Workshop", "Forum"), expectedOn: fc.constantFrom("2027-02-01", "2027-03-01") });
    await fuzz(fc.oneof(mixedEdit, validEdit) as fc.Arbitrary<Record<string, unknown>>, async (values) => editPlannedMilestone(database.db, people.benin, await withVersion(values, () => versionIn(database.db, plannedMilestones, values.id))));
  }, fuzzTimeout);

  it("withdrawing and restoring planned milestones and baselines, and saving baselines", async () => {
    const input = fc.tuple(
      fc.constantFrom("withdraw", "restore"),
      fc.constantFrom(plannedMilestones, planBaselines),
      formLike({ id: idAmong(planned, baseline), version: versionLike(), reason: blankOr(text(1000)) }),
    );
    await fuzz(input, async ([change, table, values]) => {
      const versioned = await withVersion(values, () => versionIn(database.db, table, values.id));
      if (table === planBaselines) return change === "withdraw" ? withdrawBaseline(database.db, people.benin, versioned) : restoreBaseline(database.db, people.benin, versioned);
      return change === "withdraw" ? withdrawPlannedMilestone(database.db, people.benin, versioned) : restorePlannedMilestone(database.db, people.benin, versioned);
    });
    const save = formLike({ countryCode: mostly(["BJ"], fc.constantFrom("TG", "ZZ", "")), name: text(120), note: blankOr(text(1000)) });
    await fuzz(save, (values) => saveBaseline(database.db, people.benin, values));
  }, fuzzTimeout);
});
