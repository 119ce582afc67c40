import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, countries, countrySteps } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { addCountry } from "./add-country";
import { editCountry, getCountryRecord } from "./edit-country";
import { getCountryOverview } from "./get-country-overview";

const database = useTestDatabase();
let coordinator: Actor;
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});

describe("adding a country", () => {
  it("fills blank names with the standard ones, keeps typed ones, and gives it the framework's steps", async () => {
    await addCountry(database.db, coordinator, { code: " sn ", name: { en: "", fr: "République du Sénégal" }, region: "africa", spfiStatus: "interest_expressed" });
    const record = await getCountryRecord(database.db, "SN");
    expect(record).toMatchObject({
      name: { en: "Senegal", fr: "République du Sénégal", es: "Senegal", pt: "Senegal" },
      region: "africa",
      spfiStatus: "interest_expressed",
      version: 1,
    });
    const { steps, country } = await getCountryOverview(database.db, coordinator, "SN");
    expect(country.frameworkVersion).toBe(1);
    expect(steps).toHaveLength(8);
    expect(steps.every((step) => step.status === "not_started")).toBe(true);
    expect(await database.db.select().from(auditLog).where(eq(auditLog.entityId, "SN"))).toMatchObject([{ action: "country.add", countryCode: "SN" }]);
  });

  it("refuses a code ISO does not assign, a country already there, and bad choices, per field, writing nothing", async () => {
    const attempt = (input: Record<string, unknown>) => addCountry(database.db, coordinator, { region: "africa", spfiStatus: "interest_expressed", ...input });
    await expect(attempt({ code: "XK" })).rejects.toMatchObject({ fieldErrors: { code: "validation.countryCodeUnknown" } });
    await expect(attempt({ code: "S1" })).rejects.toMatchObject({ fieldErrors: { code: "validation.countryCode" } });
    await expect(attempt({ code: "BJ" })).rejects.toMatchObject({ fieldErrors: { code: "adminCountries.codeTaken" } });
    await expect(attempt({ code: "ML", region: "mars", spfiStatus: "" })).rejects.toMatchObject({
      fieldErrors: { region: "validation.choice", spfiStatus: "validation.choice" },
    });
    expect(await database.db.select().from(countries).where(eq(countries.code, "ML"))).toEqual([]);
    expect(await database.db.select().from(countrySteps).where(eq(countrySteps.countryCode, "ML"))).toEqual([]);
  });

  it("is for coordinators only", async () => {
    const member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    await expect(addCountry(database.db, member, { code: "NE", region: "africa", spfiStatus: "interest_expressed" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("editing a country", () => {
  it("saves names, region and status, and refuses a stale version with the current record", async () => {
    await addCountry(database.db, coordinator, { code: "CI", region: "africa", spfiStatus: "interest_expressed" });
    const first = (await getCountryRecord(database.db, "CI"))!;
    await editCountry(database.db, coordinator, { ...first, spfiStatus: "activities_under_way", name: { ...first.name, fr: "Côte d’Ivoire (RCI)" } });
    const stale = editCountry(database.db, coordinator, { ...first, region: "americas" });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", current: { spfiStatus: "activities_under_way", version: 2 } });
    expect(await getCountryRecord(database.db, "CI")).toMatchObject({ region: "africa", version: 2, name: { fr: "Côte d’Ivoire (RCI)" } });
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "country.edit"));
    expect(entry).toMatchObject({ before: { spfiStatus: "interest_expressed" }, after: { spfiStatus: "activities_under_way" } });
  });

  it("needs an English name and answers NOT_FOUND for an unknown country", async () => {
    const benin = (await getCountryRecord(database.db, "BJ"))!;
    await expect(editCountry(database.db, coordinator, { ...benin, name: { en: " " } })).rejects.toMatchObject({ fieldErrors: { "name.en": "validation.required" } });
    await expect(editCountry(database.db, coordinator, { ...benin, code: "ZZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
