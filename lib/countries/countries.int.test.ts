import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { getCountryOverview } from "./get-country-overview";
import { listCountries } from "./query-countries";

const database = useTestDatabase();

describe("the countries list", () => {
  it("lists every seeded country with its region, SPF-I status and steps done", async () => {
    const reader = await createPerson(database, { role: "reviewer" });
    const rows = await listCountries(database.db, reader, { locale: "en" });
    expect(rows).toHaveLength(18);
    expect(rows.find((row) => row.code === "BJ")).toEqual({
      code: "BJ",
      name: "Benin",
      region: "africa",
      spfiStatus: "activities_under_way",
      stepsDone: 0,
      stepsApplicable: 8,
    });
    expect(rows.find((row) => row.code === "LA")).toMatchObject({ name: "Lao PDR", spfiStatus: "interest_expressed" });
  });

  it("names and sorts countries in the reader's language", async () => {
    const reader = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
    const names = (await listCountries(database.db, reader, { locale: "fr", sort: "name", dir: "asc" })).map((row) => row.name);
    expect(names.slice(0, 3)).toEqual(["Algérie", "Argentine", "Bénin"]);
    const descending = (await listCountries(database.db, reader, { locale: "fr", sort: "name", dir: "desc" })).map((row) => row.name);
    expect(descending[0]).toBe("Viet Nam");
  });

  it("falls back to the default order for an unknown sort column", async () => {
    const reader = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
    const rows = await listCountries(database.db, reader, { locale: "en", sort: "password", dir: "sideways" });
    expect(rows[0]?.name).toBe("Algeria");
  });

  it("is refused to a signed-in person who holds no role", async () => {
    const nobody = await createPerson(database, { role: null });
    await expect(listCountries(database.db, nobody, { locale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("a country's overview", () => {
  it("shows the framework's steps in order, with step 4's sub-activities", async () => {
    const reader = await createPerson(database, { role: "reviewer" });
    const { country, steps } = await getCountryOverview(database.db, reader, "bj");
    expect(country).toMatchObject({ code: "BJ", frameworkVersion: 1, region: "africa" });
    expect(steps.map((step) => step.key)).toEqual([
      "stakeholders",
      "working_group",
      "awareness",
      "assessment",
      "policy_options",
      "costing_financing",
      "monitoring",
      "support_needs",
    ]);
    expect(steps.every((step) => step.status === "not_started")).toBe(true);
    expect(steps[3]).toMatchObject({ subActivitiesTotal: 5, subActivitiesDone: 0, requiresEvidence: true });
    expect(steps[1]?.title).toMatchObject({ en: "Set up the national SPF working group", fr: expect.any(String) });
  });

  it("answers NOT_FOUND for an unknown or malformed country code", async () => {
    const reader = await createPerson(database, { role: "reviewer" });
    for (const code of ["XX", "benin", "", "'; drop table countries; --"]) {
      const attempt = getCountryOverview(database.db, reader, code);
      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
