import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { addAgency } from "./add-agency";
import { editAgency } from "./edit-agency";
import { getAgency } from "./get-agency";
import { listAgencies } from "./list-agencies";

const database = useTestDatabase();
let coordinator: Actor;
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});

const ifad = {
  acronym: "IFAD",
  shortName: { en: "IFAD", fr: "FIDA", es: "FIDA", pt: "FIDA" },
  name: { en: "International Fund for Agricultural Development", fr: "Fonds international de développement agricole" },
  kind: "un_agency",
  iatiRef: "XM-DAC-988",
  iatiOrgType: "40",
};

describe("agencies", () => {
  it("are added and edited by coordinators, each edit against the version they saw", async () => {
    const { id } = await addAgency(database.db, coordinator, ifad);
    const added = await getAgency(database.db, coordinator, id);
    expect(added).toMatchObject({ acronym: "IFAD", iatiRef: "XM-DAC-988", iatiOrgType: "40", version: 1, name: { fr: "Fonds international de développement agricole" } });
    expect((await listAgencies(database.db, coordinator)).map((agency) => agency.acronym)).toContain("IFAD");

    await editAgency(database.db, coordinator, { ...added, iatiRef: "", iatiOrgType: "" });
    expect(await getAgency(database.db, coordinator, id)).toMatchObject({ iatiRef: null, iatiOrgType: null, version: 2 });
    await expect(editAgency(database.db, coordinator, { ...added, kind: "ngo" })).rejects.toMatchObject({
      code: "CONFLICT",
      current: { iatiRef: null, version: 2 },
    });
  });

  it("refuses a taken acronym, a malformed IATI identifier and unknown codes, per field", async () => {
    await expect(addAgency(database.db, coordinator, { ...ifad, acronym: "ILO" })).rejects.toMatchObject({ fieldErrors: { acronym: "adminAgencies.acronymTaken" } });
    await expect(addAgency(database.db, coordinator, { ...ifad, acronym: "NEW", iatiRef: "XM DAC 41302", iatiOrgType: "41", kind: "club" })).rejects.toMatchObject({
      fieldErrors: { iatiRef: "validation.iatiRef", iatiOrgType: "validation.choice", kind: "validation.choice" },
    });
  });

  it("are managed by coordinators only", async () => {
    const adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
    const [ilo] = (await listAgencies(database.db, coordinator)).filter((agency) => agency.acronym === "ILO");
    await expect(editAgency(database.db, adviser, { ...ilo!, name: { en: "Mine now" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAgencies(database.db, adviser)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
