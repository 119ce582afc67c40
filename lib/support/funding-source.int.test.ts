/**
 * Where an entry's money comes from, on a real database: a member or a named donor, and the giving member's entry a
 * pass-through names: same country, financial, the giver's agency, live, itself no pass-through, no cycle. A refused
 * write changes nothing; an accepted one is in the entry's history.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import type { HttpMethod } from "@/lib/api/endpoint";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { addSupportEntry } from "./add-support-entry";
import { editSupportEntry } from "./edit-support-entry";
import { entryFormValues } from "./entries";
import { getSupportEntry } from "./get-support-entry";
import { useSupportTests } from "./test-helpers";
import { withdrawSupportEntry } from "./withdraw-support-entry";

const { database, people, rowCounts, financial } = useSupportTests();

/** ILO's entry in Mozambique funded by UNICEF, changed by `overrides`. */
const fromUnicef = (overrides: Record<string, unknown> = {}) =>
  financial({ agencyId: people.iloId, title: "ILO's part", fundingSource: "member", fundingAgencyId: people.unicefId, ...overrides });

describe("an entry's funding source", () => {
  it("records a named donor, and forgets a member's name the source does not use", async () => {
    const { id } = await addSupportEntry(database.db, people.unicef, financial({ fundingSource: "donor", fundingDonor: "Government of Sweden", fundingAgencyId: people.iloId }));
    const { entry } = await getSupportEntry(database.db, people.unicef, id);
    expect(entry).toMatchObject({ fundingSource: "donor", fundingDonor: "Government of Sweden", fundingAgencyId: null, passThroughOfEntryId: null });
  });

  it("refuses, writing nothing, a member source without its member, the agency itself, or a donor source without a name", async () => {
    const before = await rowCounts();
    await expect(addSupportEntry(database.db, people.ilo, fromUnicef({ fundingAgencyId: "" }))).rejects.toMatchObject({ code: "INVALID", fieldErrors: { fundingAgencyId: "validation.required" } });
    await expect(addSupportEntry(database.db, people.ilo, fromUnicef({ fundingAgencyId: people.iloId }))).rejects.toMatchObject({ fieldErrors: { fundingAgencyId: "funding.memberIsOwnAgency" } });
    await expect(addSupportEntry(database.db, people.ilo, financial({ agencyId: people.iloId, fundingSource: "donor" }))).rejects.toMatchObject({ fieldErrors: { fundingDonor: "validation.required" } });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("a pass-through of a member's entry", () => {
  it("names a live financial entry of the giving member in the same country, itself no pass-through", async () => {
    const giver = await addSupportEntry(database.db, people.unicef, financial({ title: "UNICEF's grant" }));
    const elsewhere = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "TG", title: "UNICEF in Togo" }));
    const technical = await addSupportEntry(database.db, people.unicef, financial({ kind: "technical", technicalCategory: "costing_modelling", title: "Advice" }));
    const iloOwn = await addSupportEntry(database.db, people.ilo, financial({ agencyId: people.iloId, title: "ILO's own" }));
    const withdrawn = await addSupportEntry(database.db, people.unicef, financial({ title: "Withdrawn grant" }));
    await withdrawSupportEntry(database.db, people.unicef, { id: withdrawn.id, version: 1, reason: "Twice" });

    const before = await rowCounts();
    const refused = (overrides: Record<string, unknown>) => addSupportEntry(database.db, people.ilo, fromUnicef(overrides));
    await expect(refused({ passThroughOfEntryId: elsewhere.id })).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.giverOtherCountry" } });
    await expect(refused({ passThroughOfEntryId: technical.id })).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.giverNotFinancial" } });
    await expect(refused({ passThroughOfEntryId: iloOwn.id })).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.giverOtherAgency" } });
    await expect(refused({ passThroughOfEntryId: withdrawn.id })).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "validation.choice" } });
    await expect(refused({ passThroughOfEntryId: giver.id, fundingSource: "own" })).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.passThroughNeedsMember" } });
    await expect(refused({ passThroughOfEntryId: giver.id, kind: "technical", technicalCategory: "costing_modelling" })).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.passThroughFinancial" } });
    expect(await rowCounts()).toEqual(before);

    const receiver = await addSupportEntry(database.db, people.ilo, fromUnicef({ passThroughOfEntryId: giver.id }));
    // UNICEF's answer to ILO's money: a pass-through of a pass-through is refused, so money never counts twice.
    const iloGiver = await addSupportEntry(database.db, people.unicef, financial({ title: "UNICEF passing on", fundingSource: "member", fundingAgencyId: people.iloId }));
    await expect(
      editSupportEntry(database.db, people.unicef, { ...entryFormValues((await getSupportEntry(database.db, people.unicef, iloGiver.id)).entry), passThroughOfEntryId: receiver.id }),
    ).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.giverIsPassThrough" } });

    const details = await getSupportEntry(database.db, people.mozambique, receiver.id);
    expect(details.entry).toMatchObject({ fundingSource: "member", fundingAgencyId: people.unicefId, passThroughOfEntryId: giver.id });
    expect(details.history[0]).toMatchObject({ action: "support.add", after: expect.objectContaining({ fundingSource: "member", passThroughOfEntryId: giver.id }) });
  });

  it("is refused on an entry whose own money others pass on: no chain, no cycle", async () => {
    const giver = await addSupportEntry(database.db, people.unicef, financial({ title: "UNICEF's first grant" }));
    await addSupportEntry(database.db, people.ilo, fromUnicef({ title: "ILO passes on", passThroughOfEntryId: giver.id }));
    const iloMoney = await addSupportEntry(database.db, people.ilo, financial({ agencyId: people.iloId, title: "ILO's own money" }));
    const values = entryFormValues((await getSupportEntry(database.db, people.unicef, giver.id)).entry);
    const before = await rowCounts();
    await expect(
      editSupportEntry(database.db, people.unicef, { ...values, fundingSource: "member", fundingAgencyId: people.iloId, passThroughOfEntryId: iloMoney.id }),
    ).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "funding.passedOnByOthers" } });
    await expect(
      editSupportEntry(database.db, people.unicef, { ...values, fundingSource: "member", fundingAgencyId: people.iloId, passThroughOfEntryId: giver.id }),
    ).rejects.toMatchObject({ fieldErrors: { passThroughOfEntryId: "validation.choice" } }); // itself
    expect(await rowCounts()).toEqual(before);

    // An accepted change of source is in the history, before and after.
    await editSupportEntry(database.db, people.unicef, { ...values, fundingSource: "donor", fundingDonor: "European Union" });
    const { history } = await getSupportEntry(database.db, people.unicef, giver.id);
    expect(history[0]).toMatchObject({ action: "support.edit", before: { fundingSource: "own", fundingDonor: null }, after: { fundingSource: "donor", fundingDonor: "European Union" } });
  });
});

/** The API as a signed-in session calls it. */
async function api(actor: Actor, method: HttpMethod, path: string, url: string, body?: unknown) {
  const request = new Request(`http://socle.test/api/v1${url}`, {
    method,
    headers: { host: "socle.test", "content-type": "application/json", origin: "http://socle.test", "idempotency-key": crypto.randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handleApiRequest(findEndpoint(method, path), request, {}, { db: database.db, authenticate: async () => ({ actor, via: "session" }) });
}

describe("the funding source through the API", () => {
  it("adds a pass-through, says it is not counted in totals, and refuses one of another country, writing nothing", async () => {
    const giver = await addSupportEntry(database.db, people.unicef, financial({ title: "UNICEF's grant for the API" }));
    const added = await api(people.ilo, "POST", "/support-entries", "/support-entries", fromUnicef({ title: "Passed on through the API", passThroughOfEntryId: giver.id }));
    expect(added.status).toBe(201);
    expect((added.body as { data: object }).data).toMatchObject({
      fundingSource: "member", fundingAgencyId: people.unicefId, fundingAgencyAcronym: "UNICEF", passThroughOfEntryId: giver.id, countedInTotals: false,
    });
    const elsewhere = await addSupportEntry(database.db, people.unicef, financial({ countryCode: "TG", title: "UNICEF in Togo, for the API" }));
    const before = await rowCounts();
    // The API's core throws what its route maps to 400 with the field's message.
    await expect(api(people.ilo, "POST", "/support-entries", "/support-entries", fromUnicef({ passThroughOfEntryId: elsewhere.id }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { passThroughOfEntryId: "funding.giverOtherCountry" },
    });
    expect(await rowCounts()).toEqual(before);
  });
});
