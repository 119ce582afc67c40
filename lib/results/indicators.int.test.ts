/**
 * The catalogue and the indicators a country follows, on a real database: who may write where, conflicts,
 * withdrawal and restore, links checked against the country, and bad input refused with nothing changed.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { addScheme } from "@/lib/assessment/add-scheme";
import { auditLog } from "@/db/schema";
import { stepOf, useTestDatabase } from "@/lib/testing/database";
import { addCatalogueIndicator, addNationalIndicator } from "./add-indicator";
import { editCountryIndicator } from "./edit-country-indicator";
import { editIndicator } from "./edit-indicator";
import { followIndicator } from "./follow-indicator";
import { getCountryIndicator } from "./get-country-results";
import { listIndicators } from "./list-indicators";
import { listCountryIndicatorHistory } from "./country-indicator-history";
import { restoreCountryIndicator } from "./restore-country-indicator";
import { restoreIndicator } from "./restore-indicator";
import { createResultsCast, fingerprintOf, follow, indicatorIdOf, type ResultsCast } from "./test-helpers";
import { withdrawCountryIndicator } from "./withdraw-country-indicator";
import { withdrawIndicator } from "./withdraw-indicator";

const database = useTestDatabase();
let people: ResultsCast;
beforeAll(async () => {
  people = await createResultsCast(database);
});

const auditOf = (type: string, id: string) =>
  database.db.select().from(auditLog).where(and(eq(auditLog.entityType, type), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));

const nationalIndicator = (overrides: Record<string, unknown> = {}) => ({
  countryCode: "BJ",
  code: "BJ_ARCH_ENROLLED",
  name: { en: "People enrolled in ARCH health insurance", fr: "Personnes inscrites à l'assurance maladie ARCH" },
  unit: "persons",
  direction: "higher_is_better",
  sexBreakdown: "on",
  custodian: "Ministère des Affaires sociales",
  ...overrides,
});

describe("the catalogue", () => {
  it("a coordinator adds a Flagship result, corrects it under its version, withdraws and restores it, each audited", async () => {
    const { id } = await addCatalogueIndicator(database.db, people.coordinator, {
      family: "spf_flagship",
      code: "SPF_TEST_RESULT",
      name: { en: "People reached by a test" },
      unit: "persons",
    });
    await editIndicator(database.db, people.coordinator, { id, version: 1, code: "SPF_TEST_RESULT", name: { en: "People reached" }, unit: "persons", custodian: "ILO" });
    await expect(
      editIndicator(database.db, people.coordinator, { id, version: 1, code: "SPF_TEST_RESULT", name: { en: "Stale" }, unit: "persons" }),
    ).rejects.toMatchObject({ code: "CONFLICT", current: { version: 2, name: { en: "People reached" }, changedBy: "Camille Coordinator" } });
    await withdrawIndicator(database.db, people.coordinator, { id, version: 2, reason: "Not a Flagship result" });
    expect((await listIndicators(database.db, people.coordinator)).some((row) => row.id === id)).toBe(false);
    expect((await listIndicators(database.db, people.coordinator, { withdrawn: true })).map((row) => row.id)).toContain(id);
    await restoreIndicator(database.db, people.coordinator, { id, version: 3 });
    const actions = (await auditOf("indicator", id)).map((entry) => entry.action);
    expect(actions).toEqual(["indicator.add", "indicator.edit", "indicator.withdraw", "indicator.restore"]);
  });

  it("working groups, advisers and reviewers do not change the catalogue, and nothing changes", async () => {
    const id = await indicatorIdOf(database, "SI_COV_BENFTS");
    const before = await fingerprintOf(database);
    for (const outsider of [people.benin, people.adviser, people.reviewer]) {
      await expect(addCatalogueIndicator(database.db, outsider, { family: "sdg_1_3_1", code: "SI_COV_X", name: { en: "X" }, unit: "percent" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(editIndicator(database.db, outsider, { id, version: 1, code: "SI_COV_BENFTS", name: { en: "Taken over" }, unit: "percent" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withdrawIndicator(database.db, outsider, { id, version: 1, reason: "No" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("a code already live in the catalogue, or among a country's own, is refused on the field", async () => {
    const before = await fingerprintOf(database);
    await expect(addCatalogueIndicator(database.db, people.coordinator, { family: "sdg_1_3_1", code: "SI_COV_BENFTS", name: { en: "Again" }, unit: "percent" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { code: "resultsRules.codeTaken" },
    });
    await expect(addCatalogueIndicator(database.db, people.coordinator, { family: "sdg_1_3_1", code: "SI COV", name: { en: "" }, unit: "share" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { code: "resultsRules.code", "name.en": "validation.required", unit: "validation.choice" },
    });
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("national indicators", () => {
  it("a Benin member adds one for Benin, listed to Benin's writers only; Togo may use the same code for its own", async () => {
    const { id } = await addNationalIndicator(database.db, people.benin, nationalIndicator());
    expect((await listIndicators(database.db, people.benin, { countryCode: "BJ" })).find((row) => row.id === id)).toMatchObject({
      family: "national",
      countryCode: "BJ",
      sexBreakdown: true,
      canChange: true,
    });
    expect((await listIndicators(database.db, people.togo, { countryCode: "BJ" })).some((row) => row.id === id)).toBe(false);
    await expect(addNationalIndicator(database.db, people.togo, nationalIndicator())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addNationalIndicator(database.db, people.benin, nationalIndicator())).rejects.toMatchObject({ fieldErrors: { code: "resultsRules.codeTaken" } });
    await addNationalIndicator(database.db, people.togo, nationalIndicator({ countryCode: "TG" }));
  });
});

describe("following an indicator", () => {
  it("Benin follows a series with its baseline, targets in year order and links to its own step and scheme, audited", async () => {
    const step = await stepOf(database.db, "BJ", "assessment");
    const scheme = await addScheme(database.db, people.benin, { countryCode: "BJ", nationalName: "ARCH", guarantees: ["health"], status: "in_force" });
    const id = await follow(database, people.benin, "BJ", "SI_COV_BENFTS", { countryStepIds: [step.id], schemeIds: scheme.id });
    const followed = await getCountryIndicator(database.db, people.benin, id);
    expect(followed).toMatchObject({
      countryCode: "BJ",
      sharingLevel: "country",
      indicator: { code: "SI_COV_BENFTS", unit: "percent", sexBreakdown: true },
      baseline: { value: "12.5", year: 2019, source: "ILO World Social Protection Report" },
      targets: [
        { year: 2025, value: "25" },
        { year: 2030, value: "40" },
      ],
      links: { steps: [{ id: step.id }], schemes: [{ id: scheme.id, name: "ARCH" }], recommendations: [] },
      canWrite: true,
    });
    const [entry] = await auditOf("countryIndicator", id);
    expect(entry).toMatchObject({ action: "countryIndicator.follow", countryCode: "BJ", after: { baselineValue: "12.5", schemeIds: [scheme.id] } });
    await expect(follow(database, people.benin, "BJ", "SI_COV_BENFTS")).rejects.toMatchObject({ fieldErrors: { indicatorId: "resultsRules.alreadyFollowed" } });
  });

  it("links to another country's scheme or step, another country's national indicator and a percentage over 100 are refused, nothing changed", async () => {
    const togoScheme = await addScheme(database.db, people.togo, { countryCode: "TG", nationalName: "Allocations", guarantees: ["children"], status: "in_force" });
    const togoStep = await stepOf(database.db, "TG", "assessment");
    const [togoOwn] = (await listIndicators(database.db, people.togo, { countryCode: "TG" })).filter((row) => row.family === "national");
    const before = await fingerprintOf(database);
    await expect(follow(database, people.benin, "BJ", "SI_COV_CHLD", { schemeIds: [togoScheme.id] })).rejects.toMatchObject({ fieldErrors: { schemeIds: "resultsRules.linkUnknown" } });
    await expect(follow(database, people.benin, "BJ", "SI_COV_CHLD", { countryStepIds: [togoStep.id] })).rejects.toMatchObject({ fieldErrors: { countryStepIds: "resultsRules.linkUnknown" } });
    await expect(follow(database, people.benin, "BJ", "SI_COV_CHLD", { baselineValue: "120" })).rejects.toMatchObject({ fieldErrors: { baselineValue: "resultsRules.percentRange" } });
    await expect(followIndicator(database.db, people.benin, { countryCode: "BJ", indicatorId: togoOwn!.id })).rejects.toMatchObject({ fieldErrors: { indicatorId: "resultsRules.indicatorUnknown" } });
    await expect(follow(database, people.benin, "BJ", "SI_COV_CHLD", { baselineYear: "" })).rejects.toMatchObject({ fieldErrors: { baselineYear: "resultsRules.baselineNeedsYear" } });
    await expect(
      follow(database, people.benin, "BJ", "SI_COV_CHLD", { targets: [{ year: "2030", value: "40" }, { year: "2030", value: "45" }] }),
    ).rejects.toMatchObject({ fieldErrors: { "targets.1.year": "resultsRules.targetYearTwice" } });
    await expect(follow(database, people.togo, "BJ", "SI_COV_CHLD")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(follow(database, people.adviser, "BJ", "SI_COV_CHLD")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("an edit under a stale version is a CONFLICT with the indicator as it stands; saving it unchanged writes nothing", async () => {
    const id = await follow(database, people.benin, "BJ", "SI_COV_PENSN");
    const edit = { id, version: 1, baselineValue: "30", baselineYear: "2020", baselineSource: "Census", targets: [], sharingLevel: "all" };
    expect(await editCountryIndicator(database.db, people.benin, edit)).toMatchObject({ version: 2 });
    await expect(editCountryIndicator(database.db, people.beninColleague, { ...edit, baselineValue: "31" })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { version: 2, baselineValue: "30", sharingLevel: "all", changedBy: "Adjoa Mensah" },
    });
    expect(await editCountryIndicator(database.db, people.benin, { ...edit, version: 2 })).toMatchObject({ version: 2 });
    expect((await auditOf("countryIndicator", id)).map((entry) => entry.action)).toEqual(["countryIndicator.follow", "countryIndicator.edit"]);
  });

  it("withdrawn, it leaves the country's results and the catalogue entry may not be withdrawn while followed; restored, it is back", async () => {
    const id = await follow(database, people.benin, "BJ", "SI_COV_MATNL");
    const catalogueId = await indicatorIdOf(database, "SI_COV_MATNL");
    await expect(withdrawIndicator(database.db, people.coordinator, { id: catalogueId, version: 1, reason: "Unused" })).rejects.toMatchObject({
      code: "INVALID",
      message: "resultsRules.indicatorStillFollowed",
    });
    await withdrawCountryIndicator(database.db, people.benin, { id, version: 1, reason: "Followed by mistake" });
    await expect(getCountryIndicator(database.db, people.benin, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await restoreCountryIndicator(database.db, people.beninColleague, { id, version: 2 });
    expect(await getCountryIndicator(database.db, people.benin, id)).toMatchObject({ version: 3 });
    const history = await listCountryIndicatorHistory(database.db, people.benin, { countryIndicatorId: id });
    expect(history.rows.map((entry) => entry.action)).toEqual(["countryIndicator.restore", "countryIndicator.withdraw", "countryIndicator.follow"]);
  });
});
