/**
 * A costing's inputs: population imported from CSV (replacing the years the file holds) or typed for one year, and
 * the macroeconomic figures of the frame's years; who may write them, the version each change names, and that a
 * refused change leaves everything as it was.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, costingPopulation, costingYears } from "@/db/schema";
import { createSchemeCast, fingerprintOf } from "@/lib/assessment/test-helpers";
import { upload, useTestDatabase } from "@/lib/testing/database";
import { importPopulation, reportedProblemsLimit } from "./import-population";
import { costingVersionOf, frameCosting, populationCsv, yearForm } from "./inputs-test-helpers";
import { setPopulation } from "./set-population";
import { setYearFigures } from "./set-year-figures";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
  await frameCosting(database, people.mozambique);
});

const populationRows = (year: number) =>
  database.db
    .select({ sex: costingPopulation.sex, ageFrom: costingPopulation.ageFrom, ageTo: costingPopulation.ageTo, population: costingPopulation.population })
    .from(costingPopulation)
    .where(and(eq(costingPopulation.countryCode, "MZ"), eq(costingPopulation.year, year)))
    .orderBy(asc(costingPopulation.sex), asc(costingPopulation.ageFrom));
const lastAudit = async (action: string) => (await database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id))).at(-1);
const importText = async (text: string, actor = people.mozambique) => importPopulation(database.db, actor, { countryCode: "MZ", version: await costingVersionOf(database), text });

describe("importing population figures from CSV", () => {
  it("stores every row of the years the file holds, counts the change and says so in the audit entry", async () => {
    const version = await costingVersionOf(database);
    expect(await importText(populationCsv([2025, 2026, 2027]))).toEqual({ countryCode: "MZ", version: version + 1, years: [2025, 2026, 2027], rows: 24, ignoredLines: 0 });
    expect(await populationRows(2026)).toHaveLength(8);
    expect((await populationRows(2025))[0]).toEqual({ sex: "female", ageFrom: 0, ageTo: 4, population: "2400000.0000" });
    expect((await populationRows(2025)).find((row) => row.ageFrom === 65)).toMatchObject({ sex: "female", ageTo: null });
    expect(await lastAudit("costing.population")).toMatchObject({
      entityType: "costing",
      entityId: "MZ",
      countryCode: "MZ",
      actorId: people.mozambique.userId,
      before: { rowsByYear: { 2025: 0, 2026: 0, 2027: 0 } },
      after: { from: "csv", years: [2025, 2026, 2027], rowsByYear: { 2025: 8, 2026: 8, 2027: 8 } },
    });
  });

  it("replaces only the years a later file holds, whatever rows those years had", async () => {
    const singleAges = ["Time,Sex,AgeGrp,Value,Location", "2026,Both sexes,0,99,MOZ", "2026,F,0,531204,MOZ", "2026,M,0,541880,MOZ", "2026,F,1+,9000000,MOZ", "2026,M,1+,8900000,MOZ"].join("\n");
    expect(await importText(singleAges)).toMatchObject({ years: [2026], rows: 4, ignoredLines: 1 });
    expect((await populationRows(2026)).map((row) => [row.sex, row.ageFrom, row.ageTo])).toEqual([["female", 0, 0], ["female", 1, null], ["male", 0, 0], ["male", 1, null]]);
    expect(await populationRows(2025)).toHaveLength(8);
    expect(await lastAudit("costing.population")).toMatchObject({ before: { rowsByYear: { 2026: 8 } }, after: { years: [2026], rowsByYear: { 2026: 4 }, ignoredLines: 1 } });
  });

  it("takes a form's file, bounded before it is read, and only as UTF-8", async () => {
    const file = (text: string | Uint8Array) => upload(typeof text === "string" ? new TextEncoder().encode(text) : text, "population.csv", "text/csv");
    const send = async (fields: Record<string, unknown>) => importPopulation(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), ...fields });
    expect(await send({ file: file(populationCsv([2027])) })).toMatchObject({ years: [2027], rows: 8 });
    const before = await fingerprintOf(database);
    await expect(send({ file: file("x".repeat(2 * 1024 * 1024 + 1)) })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { file: "import.fileTooLarge?maximum=2" } });
    await expect(send({ file: file(new Uint8Array([0x79, 0x65, 0x61, 0x72, 0xff, 0xfe])) })).rejects.toMatchObject({ fieldErrors: { file: "import.notUtf8" } });
    await expect(send({ file: file(new Uint8Array([0x79, 0x00])) })).rejects.toMatchObject({ fieldErrors: { file: "import.unreadable" } });
    await expect(send({ text: "   " })).rejects.toMatchObject({ fieldErrors: { file: "costingRules.populationFileMissing" } });
    await expect(send({ file: file(""), text: "" })).rejects.toMatchObject({ fieldErrors: { file: "costingRules.populationFileMissing" } });
    await expect(send({ text: "x".repeat(2 * 1024 * 1024 + 1) })).rejects.toMatchObject({ fieldErrors: { file: "import.fileTooLarge?maximum=2" } });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("refuses a file with problems, each by line and column, and changes nothing", async () => {
    const before = await fingerprintOf(database);
    const text = ["year,sex,age,population", "2028,female,0-4,2400000", "2028,female,3,10", "20x8,male,0-4,1", "2028,male,5-17,-4", "2028,male,18-64,99999999999999999"].join("\n");
    await expect(importText(text)).rejects.toMatchObject({
      code: "INVALID",
      message: "costingRules.populationProblems?count=4",
      fieldErrors: {
        "lines.3.age": "costingRules.populationCsv.overlap?line=2",
        "lines.4.year": "costingRules.populationCsv.year",
        "lines.5.population": "costingRules.populationCsv.populationNegative",
        "lines.6.population": "costingRules.populationCsv.populationRange",
      },
    });
    await expect(importText("year,sex,population\n2028,f,1")).rejects.toMatchObject({ fieldErrors: { file: "import.missingColumns?columns=age" } });
    const manyWrong = ["year,sex,age,population", ...Array.from({ length: 500 }, (_, index) => `2028,x,${index % 100},1`)].join("\n");
    const refusal = (await importText(manyWrong).catch((error: unknown) => error)) as { message: string; fieldErrors: object };
    expect(refusal.message).toBe("costingRules.populationProblems?count=500");
    expect(Object.keys(refusal.fieldErrors)).toHaveLength(reportedProblemsLimit);
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("typing one year's population", () => {
  const groups = [
    { ageFrom: "0", ageTo: "14", female: "8 000 000", male: "7 900 000" },
    { ageFrom: "15", ageTo: "64", female: "9 100 000", male: "8 600 000.5" },
    { ageFrom: "65", ageTo: "", female: "500 000", male: "420 000" },
  ];
  const send = async (fields: Record<string, unknown>) => setPopulation(database.db, people.mozambique, { countryCode: "MZ", version: await costingVersionOf(database), year: "2029", groups, ...fields });

  it("replaces the year's figures with the groups typed, females and males; the same figures again are no change", async () => {
    const version = await costingVersionOf(database);
    expect(await send({})).toEqual({ countryCode: "MZ", version: version + 1 });
    expect((await populationRows(2029)).map((row) => [row.sex, row.ageFrom, row.ageTo, row.population])).toEqual([
      ["female", 0, 14, "8000000.0000"],
      ["female", 15, 64, "9100000.0000"],
      ["female", 65, null, "500000.0000"],
      ["male", 0, 14, "7900000.0000"],
      ["male", 15, 64, "8600000.5000"],
      ["male", 65, null, "420000.0000"],
    ]);
    expect(await lastAudit("costing.population")).toMatchObject({ before: { rowsByYear: { 2029: 0 } }, after: { from: "form", years: [2029], rowsByYear: { 2029: 6 } } });
    const unchanged = await fingerprintOf(database);
    expect(await send({ groups: [...groups].reverse() })).toEqual({ countryCode: "MZ", version: version + 1 });
    expect(await fingerprintOf(database)).toBe(unchanged);
    expect(await send({ groups: [] })).toEqual({ countryCode: "MZ", version: version + 2 });
    expect(await populationRows(2029)).toEqual([]);
  });

  it("refuses groups that share ages, a year outside the frame and amounts it cannot read, changing nothing", async () => {
    const before = await fingerprintOf(database);
    await expect(send({ groups: [...groups, { ageFrom: "10", ageTo: "12", female: "1", male: "1" }] })).rejects.toMatchObject({ fieldErrors: { "groups.3.ageFrom": "costingRules.populationGroupsOverlap" } });
    await expect(send({ groups: [{ ageFrom: "20", ageTo: "10", female: "1", male: "1" }] })).rejects.toMatchObject({ fieldErrors: { "groups.0.ageTo": "costingRules.populationCsv.ageOrder" } });
    await expect(send({ groups: [{ ageFrom: "0", ageTo: "", female: "1,5", male: "-1" }] })).rejects.toMatchObject({ fieldErrors: { "groups.0.female": "validation.amount", "groups.0.male": "validation.amountNegative" } });
    await expect(send({ year: "2031" })).rejects.toMatchObject({ fieldErrors: { year: "costingRules.yearOutsideFrame?from=2025&to=2030" } });
    await expect(send({ groups: Array.from({ length: 10_000 }, (_, age) => ({ ageFrom: age, ageTo: age, female: "1", male: "1" })) })).rejects.toMatchObject({ fieldErrors: { groups: "validation.tooMany?maximum=151" } });
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("the figures of the frame's years", () => {
  const send = async (years: unknown[], actor = people.mozambique) => setYearFigures(database.db, actor, { countryCode: "MZ", version: await costingVersionOf(database), years });
  const stored = async (year: number) => (await database.db.select().from(costingYears).where(and(eq(costingYears.countryCode, "MZ"), eq(costingYears.year, year))))[0];

  it("stores amounts exactly, inflation typed as a percentage as a rate, a blank figure as unknown; each with its source", async () => {
    await send([yearForm(2025), yearForm(2026, { inflation: "3,25 %", povertyLine: "", povertyLineSource: "" }), yearForm(2027, { inflation: "-0.8" })]);
    expect(await stored(2025)).toMatchObject({ gdp: "1250000000000.0000", governmentExpenditure: "400000000000.0000", inflation: "0.045000", povertyLine: "27000.0000", gdpSource: "IMF World Economic Outlook, April 2025" });
    expect(await stored(2026)).toMatchObject({ inflation: "0.032500", povertyLine: null, povertyLineSource: "" });
    expect((await stored(2027))!.inflation).toBe("-0.008000");
    expect(await lastAudit("costing.years")).toMatchObject({ before: { 2025: { gdp: null, inflation: null } }, after: { 2025: { gdp: "1250000000000", inflation: "0.045" }, 2026: { inflation: "0.0325" } } });
  });

  it("sets each year named in full, leaves the others alone, and counts no change when nothing differs", async () => {
    const version = await costingVersionOf(database);
    expect(await send([yearForm(2026, { gdp: "1 300 000 000 000.50", inflation: "3.25", povertyLine: "", povertyLineSource: "" })])).toEqual({ countryCode: "MZ", version: version + 1 });
    expect(await lastAudit("costing.years")).toMatchObject({ before: { 2026: { gdp: "1250000000000" } }, after: { 2026: { gdp: "1300000000000.5" } } });
    expect(Object.keys((await lastAudit("costing.years"))!.after!)).toEqual(["2026"]);
    expect((await stored(2025))!.gdp).toBe("1250000000000.0000");
    const unchanged = await fingerprintOf(database);
    expect(await send([yearForm(2026, { gdp: "1300000000000.5000", inflation: "3.250", povertyLine: "", povertyLineSource: "" })])).toEqual({ countryCode: "MZ", version: version + 1 });
    expect(await fingerprintOf(database)).toBe(unchanged);
  });

  it("refuses years outside the frame or twice, more than 16 years, and figures it cannot read, changing nothing", async () => {
    const before = await fingerprintOf(database);
    await expect(send([yearForm(2025), yearForm(2024)])).rejects.toMatchObject({ code: "INVALID", fieldErrors: { "years.1.year": "costingRules.yearOutsideFrame?from=2025&to=2030" } });
    await expect(send([yearForm(2025), yearForm(2025)])).rejects.toMatchObject({ fieldErrors: { "years.1.year": "costingRules.yearTwice" } });
    await expect(send(Array.from({ length: 17 }, (_, index) => yearForm(2025 + index)))).rejects.toMatchObject({ fieldErrors: { years: "validation.tooMany?maximum=16" } });
    await expect(send([])).rejects.toMatchObject({ fieldErrors: { years: "validation.tooFew?minimum=1" } });
    await expect(
      send([yearForm(2025, { gdp: "1,5", governmentExpenditure: "0", inflation: "-100", povertyLine: "-3", gdpSource: "x".repeat(501) })]),
    ).rejects.toMatchObject({
      fieldErrors: {
        "years.0.gdp": "validation.amount",
        "years.0.governmentExpenditure": "validation.amountPositive",
        "years.0.inflation": "costingRules.inflation",
        "years.0.povertyLine": "validation.amountNegative",
        "years.0.gdpSource": "validation.tooLong?maximum=500",
      },
    });
    for (const inflation of ["1000.5", "3.12345", "1e2", "abc"]) await expect(send([yearForm(2025, { inflation })])).rejects.toMatchObject({ fieldErrors: { "years.0.inflation": "costingRules.inflation" } });
    expect(await fingerprintOf(database)).toBe(before);
  });
});

describe("who may change the inputs, and under which version", () => {
  const writes = {
    import: (actor: typeof people.mozambique, version: number) => importPopulation(database.db, actor, { countryCode: "MZ", version, text: populationCsv([2030]) }),
    population: (actor: typeof people.mozambique, version: number) => setPopulation(database.db, actor, { countryCode: "MZ", version, year: 2030, groups: [{ ageFrom: 0, ageTo: "", female: "1", male: "1" }] }),
    years: (actor: typeof people.mozambique, version: number) => setYearFigures(database.db, actor, { countryCode: "MZ", version, years: [yearForm(2030)] }),
  };

  it("Mozambique's working group and coordinators may; Togo's group, advisers and reviewers may not, and nothing changes", async () => {
    const before = await fingerprintOf(database);
    for (const write of Object.values(writes)) {
      for (const outsider of [people.togo, people.adviser, people.reviewer]) await expect(write(outsider, await costingVersionOf(database))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await fingerprintOf(database)).toBe(before);
    await writes.import(people.mozambiqueColleague, await costingVersionOf(database));
    await writes.years(people.coordinator, await costingVersionOf(database));
    await writes.population(people.coordinator, await costingVersionOf(database));
    expect((await lastAudit("costing.population"))!.actorId).toBe(people.coordinator.userId);
  });

  it("a change named with a version someone else has since moved on is a CONFLICT that changes nothing", async () => {
    const seen = (await costingVersionOf(database)) - 1;
    const before = await fingerprintOf(database);
    for (const write of Object.values(writes)) await expect(write(people.mozambique, seen)).rejects.toMatchObject({ code: "CONFLICT", current: { kind: "costing", version: seen + 1 } });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("a country without a costing frame takes no inputs", async () => {
    const before = await fingerprintOf(database);
    await expect(setYearFigures(database.db, people.togo, { countryCode: "TG", version: 1, years: [yearForm(2025)] })).rejects.toMatchObject({ code: "INVALID", message: "costingRules.noFrame" });
    await expect(importPopulation(database.db, people.coordinator, { countryCode: "TG", version: 1, text: populationCsv([2025]) })).rejects.toMatchObject({ message: "costingRules.noFrame" });
    expect(await fingerprintOf(database)).toBe(before);
  });
});
