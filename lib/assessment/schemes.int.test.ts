/**
 * The scheme inventory's writes on a real database: who may write where, conflicts, withdraw and restore with
 * their history, and bad input refused on its field with nothing changed.
 */
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { useTestDatabase } from "@/lib/testing/database";
import { withValues } from "@/lib/validation/zod";
import { addScheme } from "./add-scheme";
import { editScheme } from "./edit-scheme";
import { getScheme, listSchemes } from "./list-schemes";
import { restoreScheme } from "./restore-scheme";
import { schemeCapabilities } from "./scheme-capabilities";
import { listSchemeHistory } from "./scheme-history";
import { cashTransfer, createSchemeCast, fingerprintOf } from "./test-helpers";
import { withdrawScheme } from "./withdraw-scheme";

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
});

const { countryCode: _country, ...editable } = cashTransfer();
const auditOf = (id: string) =>
  database.db.select().from(auditLog).where(and(eq(auditLog.entityType, "scheme"), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));

describe("who may write where", () => {
  it("a Mozambique member adds a scheme to Mozambique's inventory, read back as typed and recorded in the audit log", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer());
    expect(await getScheme(database.db, people.mozambique, id)).toMatchObject({
      countryCode: "MZ",
      nationalName: "Programa Subsídio Social Básico",
      guarantees: ["active_age", "older_persons"],
      benefitAmount: "1000.5000",
      benefitCurrency: "MZN",
      legalCoverage: 600000,
      effectiveCoverage: 540000,
      coverageYear: 2024,
      endedOn: null,
      financing: ["tax", "external"],
      sharingLevel: "country",
      version: 1,
      createdById: people.mozambique.userId,
    });
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({ action: "scheme.add", countryCode: "MZ", actorId: people.mozambique.userId });
    expect(entry!.after).toMatchObject({ nationalName: "Programa Subsídio Social Básico", benefitAmount: "1000.5" });
  });

  it("a Togo member can neither add to Mozambique's inventory nor change its schemes, and nothing changes", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer({ sharingLevel: "all" }));
    const before = await fingerprintOf(database);
    const forbidden = { code: "FORBIDDEN" };
    await expect(addScheme(database.db, people.togo, cashTransfer())).rejects.toMatchObject(forbidden);
    await expect(editScheme(database.db, people.togo, { ...editable, id, version: 1, nationalName: "Taken over" })).rejects.toMatchObject(forbidden);
    await expect(withdrawScheme(database.db, people.togo, { id, version: 1, reason: "Not ours" })).rejects.toMatchObject(forbidden);
    await expect(restoreScheme(database.db, people.togo, { id, version: 1 })).rejects.toMatchObject(forbidden);
    expect(await fingerprintOf(database)).toBe(before);
    expect(schemeCapabilities(people.togo, "MZ")).toEqual({ mayWrite: false, readsUnshared: false });
    expect(schemeCapabilities(people.togo, "TG")).toEqual({ mayWrite: true, readsUnshared: true });
  });

  it("reviewers and advisers write nowhere; a coordinator writes anywhere, in a country that exists", async () => {
    for (const outsider of [people.reviewer, people.adviser]) {
      await expect(addScheme(database.db, outsider, cashTransfer())).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(schemeCapabilities(outsider, "MZ").mayWrite).toBe(false);
    }
    const { id } = await addScheme(database.db, people.coordinator, cashTransfer({ countryCode: "tg", nationalName: "Allocations familiales" }));
    expect((await getScheme(database.db, people.coordinator, id)).countryCode).toBe("TG");
    await expect(addScheme(database.db, people.coordinator, cashTransfer({ countryCode: "ZZ" }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { countryCode: "validation.countryCodeUnknown" },
    });
  });
});

describe("a stale edit", () => {
  it("is refused with the scheme as it now stands and who saved it, never written over it", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer());
    await editScheme(database.db, people.mozambiqueColleague, { ...editable, id, version: 1, nationalName: "PSSB", benefitAmount: "1540" });
    const before = await fingerprintOf(database);
    await expect(editScheme(database.db, people.mozambique, { ...editable, id, version: 1, institution: "INAS" })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { id, version: 2, nationalName: "PSSB", benefitAmount: "1540", benefitCurrency: "MZN", coverageYear: "2024", changedBy: "Tomás Cossa" },
    });
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("saving what is already there writes no version and no history; a change records only the changed fields", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer());
    expect(await editScheme(database.db, people.mozambique, { ...editable, id, version: 1, benefitAmount: "1000.5000" })).toMatchObject({ version: 1 });
    expect(await auditOf(id)).toHaveLength(1);
    await editScheme(database.db, people.mozambique, { ...editable, id, version: 1, status: "discontinued", endedOn: "2025-12-31", sharingLevel: "all" });
    const edit = (await auditOf(id)).at(-1)!;
    expect(edit).toMatchObject({ action: "scheme.edit", before: { status: "in_force", endedOn: null, sharingLevel: "country" } });
    expect(edit.after).toEqual({ status: "discontinued", endedOn: "2025-12-31", sharingLevel: "all" });
  });
});

describe("withdrawing and restoring", () => {
  it("takes a scheme out of the inventory with a reason, keeps it for those who may restore it, and brings it back", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer({ nationalName: "Subsídio de Alimentos", sharingLevel: "all" }));
    const live = async () => (await listSchemes(database.db, people.reviewer, "MZ")).map((scheme) => scheme.id);
    expect(await live()).toContain(id);
    await expect(withdrawScheme(database.db, people.mozambique, { id, version: 1, reason: " " })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { reason: "validation.required" },
    });
    await withdrawScheme(database.db, people.mozambique, { id, version: 1, reason: "Replaced by the new programme" });
    expect(await live()).not.toContain(id);
    await expect(getScheme(database.db, people.reviewer, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getScheme(database.db, people.mozambiqueColleague, id)).toMatchObject({ withdrawalReason: "Replaced by the new programme", version: 2 });
    expect((await listSchemes(database.db, people.mozambiqueColleague, "MZ", { withdrawn: true })).map((scheme) => scheme.id)).toEqual([id]);
    await expect(listSchemes(database.db, people.reviewer, "MZ", { withdrawn: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A withdrawn scheme is not edited, nor withdrawn again.
    await expect(editScheme(database.db, people.mozambique, { ...editable, id, version: 2 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawScheme(database.db, people.mozambique, { id, version: 2, reason: "Twice" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(restoreScheme(database.db, people.mozambiqueColleague, { id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT", current: { withdrawn: true, version: 2 } });
    expect(await restoreScheme(database.db, people.mozambiqueColleague, { id, version: 2 })).toMatchObject({ version: 3 });
    expect(await live()).toContain(id);
    // Restoring again changes nothing.
    const before = await fingerprintOf(database);
    expect(await restoreScheme(database.db, people.mozambiqueColleague, { id, version: 3 })).toMatchObject({ version: 3 });
    expect(await fingerprintOf(database)).toBe(before);

    const history = await listSchemeHistory(database.db, people.reviewer, { schemeId: id });
    expect(history.rows.map((entry) => [entry.action, entry.actorName, entry.subject])).toEqual([
      ["scheme.restore", "Tomás Cossa", "Subsídio de Alimentos"],
      ["scheme.withdraw", "Amélia Machava", "Subsídio de Alimentos"],
      ["scheme.add", "Amélia Machava", "Subsídio de Alimentos"],
    ]);
    expect(history.rows[1]!.changes).toEqual([
      { field: "withdrawn", before: false, after: true },
      { field: "reason", before: null, after: "Replaced by the new programme" },
    ]);
  });
});

describe("bad input changes nothing", () => {
  const nextYear = new Date().getUTCFullYear() + 1;
  const yearRange = withValues("schemeRules.yearRange", { minimum: 1900, maximum: nextYear });
  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    ["no name", { nationalName: "   " }, { nationalName: "validation.required" }],
    ["a name too long", { nationalName: "x".repeat(301) }, { nationalName: withValues("validation.tooLong", { maximum: 300 }) }],
    ["an eligibility text too long", { eligibility: "x".repeat(2001) }, { eligibility: withValues("validation.tooLong", { maximum: 2000 }) }],
    ["control characters", { institution: "INAS\u0007" }, { institution: "validation.controlCharacters" }],
    ["no guarantee", { guarantees: [] }, { guarantees: "schemeRules.guaranteeRequired" }],
    ["an unknown guarantee", { guarantees: ["pensions"] }, { "guarantees.0": "validation.choice" }],
    ["an unknown kind", { kind: "lottery" }, { kind: "validation.choice" }],
    ["an end before the start", { startedOn: "2011-01-01", endedOn: "2010-12-31" }, { endedOn: "schemeRules.endBeforeStart" }],
    ["a discontinued scheme without its end", { status: "discontinued", endedOn: "" }, { endedOn: "schemeRules.discontinuedNeedsEnd" }],
    ["a benefit amount without currency", { benefitCurrency: "" }, { benefitCurrency: "schemeRules.amountNeedsCurrency" }],
    ["an expenditure without currency", { expenditureCurrency: " " }, { expenditureCurrency: "schemeRules.amountNeedsCurrency" }],
    ["an unknown currency", { benefitCurrency: "XYZ" }, { benefitCurrency: "validation.currency" }],
    ["a negative amount", { expenditureAmount: "-5" }, { expenditureAmount: "validation.amountNegative" }],
    ["a year before 1900", { coverageYear: "1899" }, { coverageYear: yearRange }],
    ["a year after next year", { expenditureYear: String(nextYear + 1) }, { expenditureYear: yearRange }],
    ["a year with decimals", { coverageYear: "2024.5" }, { coverageYear: "validation.invalid" }],
    ["negative beneficiaries", { effectiveCoverage: "-1" }, { effectiveCoverage: withValues("validation.tooSmall", { minimum: 0 }) }],
    ["a script address", { legalBasisUrl: "javascript:alert(1)" }, { legalBasisUrl: "validation.url" }],
    ["an ftp address", { legalBasisUrl: "ftp://example.org/decree" }, { legalBasisUrl: "validation.url" }],
    ["an unknown sharing level", { sharingLevel: "world" }, { sharingLevel: "validation.choice" }],
  ];
  for (const [name, overrides, fieldErrors] of cases) {
    it(`refuses ${name} on its field`, async () => {
      const before = await fingerprintOf(database);
      await expect(addScheme(database.db, people.mozambique, cashTransfer(overrides))).rejects.toMatchObject({ code: "INVALID", fieldErrors });
      expect(await fingerprintOf(database)).toBe(before);
    });
  }

  it("refuses the same on an edit, and a forged id as not found", async () => {
    const { id } = await addScheme(database.db, people.mozambique, cashTransfer());
    const before = await fingerprintOf(database);
    await expect(editScheme(database.db, people.mozambique, { ...editable, id, version: 1, startedOn: "2020-01-01", endedOn: "2019-01-01" })).rejects.toMatchObject({
      fieldErrors: { endedOn: "schemeRules.endBeforeStart" },
    });
    await expect(editScheme(database.db, people.mozambique, { ...editable, id: crypto.randomUUID(), version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getScheme(database.db, people.mozambique, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fingerprintOf(database)).toBe(before);
  });
});
