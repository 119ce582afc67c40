/** Support writes refused: bad input and someone else's records change nothing, and say why on the field. */
import { describe, expect, it } from "vitest";
import { createPerson } from "@/lib/testing/database";
import { addNeed } from "./add-need";
import { addSupportEntry } from "./add-support-entry";
import { addSupportTransaction } from "./add-support-transaction";
import { answerNeed } from "./answer-need";
import { editNeed } from "./edit-need";
import { editSupportEntry } from "./edit-support-entry";
import { getSupportEntry } from "./get-support-entry";
import { useSupportTests } from "./test-helpers";
import { withdrawSupportEntry } from "./withdraw-support-entry";

const { database, people, stepId, rowCounts, financial } = useSupportTests();

describe("bad input changes nothing", () => {
  const cases: [string, Record<string, unknown>, Record<string, string>][] = [
    ["a negative amount", { amount: "-5" }, { amount: "validation.amountNegative" }],
    ["a non-numeric amount", { amount: "12,5 dollars" }, { amount: "validation.amount" }],
    ["an unknown currency", { currency: "ABC" }, { currency: "validation.currency" }],
    ["an end date before the start", { startDate: "2026-05-01", endDate: "2026-04-30" }, { endDate: "validation.endBeforeStart" }],
    ["a technical entry without its category", { kind: "technical", amount: undefined }, { technicalCategory: "validation.required" }],
    ["a step of another country", { countryStepId: "__TG__" }, { countryStepId: "support.stepNotInCountry" }],
  ];
  for (const [name, overrides, fieldErrors] of cases) {
    it(`refuses ${name} with a message on the field`, async () => {
      const resolved = { ...overrides };
      if (resolved.countryStepId === "__TG__") resolved.countryStepId = await stepId("TG", "costing_financing");
      const before = await rowCounts();
      await expect(addSupportEntry(database.db, people.unicef, financial(resolved))).rejects.toMatchObject({ code: "INVALID", fieldErrors });
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("refuses a negative or zero transaction and a need with an unknown currency", async () => {
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ title: "Another" }));
    const before = await rowCounts();
    await expect(
      addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "committed", amount: "-1", occurredOn: "2026-01-01" }),
    ).rejects.toMatchObject({ fieldErrors: { amount: "validation.amountNegative" } });
    await expect(
      addSupportTransaction(database.db, people.unicef, { supportEntryId: id, type: "committed", amount: "0.00", occurredOn: "2026-01-01" }),
    ).rejects.toMatchObject({ fieldErrors: { amount: "validation.amountPositive" } });
    await expect(
      addNeed(database.db, people.mozambique, {
        countryCode: "MZ",
        countryStepId: await stepId("MZ", "assessment"),
        kind: "funding",
        description: "Survey",
        estimateAmount: "1000",
        estimateCurrency: "XYZ",
        priority: "low",
      }),
    ).rejects.toMatchObject({ fieldErrors: { estimateCurrency: "validation.currency" } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a duplicate reference of the same agency", async () => {
    await addSupportEntry(database.db, people.unicef, financial({ reference: "UNICEF-MZ-2026-01" }));
    await expect(addSupportEntry(database.db, people.unicef, financial({ reference: "UNICEF-MZ-2026-01" }))).rejects.toMatchObject({
      fieldErrors: { reference: "support.referenceTaken" },
    });
    // Another agency may use the same reference for its own entry.
    await expect(addSupportEntry(database.db, people.ilo, financial({ agencyId: people.iloId, reference: "UNICEF-MZ-2026-01" }))).resolves.toBeDefined();
  });
});

describe("nobody changes what is not theirs", () => {
  it("refuses an ILO adviser every change to a UNICEF entry, even through forged requests", async () => {
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ title: "UNICEF only" }));
    const need = await addNeed(database.db, people.mozambique, {
      countryCode: "MZ",
      countryStepId: await stepId("MZ", "monitoring"),
      kind: "technical",
      technicalCategory: "monitoring_evaluation",
      description: "An M&E framework",
      priority: "medium",
    });
    const before = await rowCounts();
    const monitoring = await stepId("MZ", "monitoring");
    const forged = [
      () => addSupportEntry(database.db, people.ilo, financial()), // ILO adviser writing as UNICEF
      () => editSupportEntry(database.db, people.ilo, { ...financial({ title: "Taken over" }), id, version: 1 }),
      () => withdrawSupportEntry(database.db, people.ilo, { id, version: 1, reason: "mine now" }),
      () => addSupportTransaction(database.db, people.ilo, { supportEntryId: id, type: "pledged", amount: "1", occurredOn: "2026-01-01" }),
      () => answerNeed(database.db, people.ilo, { needId: need.id, supportEntryId: id }),
      () => addNeed(database.db, people.ilo, { countryCode: "MZ", countryStepId: monitoring, kind: "technical", technicalCategory: "training_capacity", description: "x", priority: "low" }),
      () => editNeed(database.db, people.unicef, { id: need.id, version: 1, countryStepId: monitoring, kind: "technical", technicalCategory: "training_capacity", description: "x", priority: "low" }),
    ];
    for (const attempt of forged) await expect(attempt()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rowCounts()).toEqual(before);
    expect((await getSupportEntry(database.db, people.ilo, id)).entry).toMatchObject({ title: "UNICEF only", version: 1 });
  });

  it("lets a working group write needs only for its own country", async () => {
    const benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    await expect(
      addNeed(database.db, benin, { countryCode: "MZ", countryStepId: await stepId("MZ", "assessment"), kind: "technical", technicalCategory: "needs_assessment", description: "RAP", priority: "high" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addSupportEntry(database.db, benin, financial({ countryCode: "BJ" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
