/**
 * The IATI import on the real published files (`../shared/real-data/`, read in place): every file through the dry run
 * with an answer per activity, UNICEF's applied onto the countries it names, the same file again unchanged, an edit
 * in Socle then a conflict, files that cannot be read failing with a message, another agency's file all skipped.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { addCountry } from "@/lib/countries/add-country";
import { AppError } from "@/lib/errors";
import { editSupportEntry } from "@/lib/support/edit-support-entry";
import { entryFormValues } from "@/lib/support/entries";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { applyIatiImport } from "./apply-iati-import";
import { activitiesIn, dryRun, footprint, realFile, today, xml } from "./test-helpers";

const database = useTestDatabase();
const people: Record<string, Actor> = {};
let unicefId: string;

/** Each real file with the agency that publishes it (UNOPS, which Socle does not list, stands in as SU/SSC). */
const realFiles = [
  ["iati-undp-2.03-social-protection.xml", "UNDP"],
  ["iati-unicef-2.02-social-protection.xml", "UNICEF"],
  ["iati-unicef-2.02-ebola-dportal-flat.xml", "UNICEF"],
  ["iati-wfp-2.03.xml", "WFP"],
  ["iati-who-2.03.xml", "WHO"],
  ["iati-fao-2.02.xml", "FAO"],
  ["iati-unops-2.03-as-published.xml", "SU/SSC"],
] as const;

beforeAll(async () => {
  const { db } = database;
  await db.update(agencies).set({ iatiRef: "41AAA" }).where(eq(agencies.acronym, "SU/SSC"));
  for (const acronym of new Set(realFiles.map(([, agency]) => agency))) people[acronym] = await createPerson(database, { role: "agency_adviser", agencyAcronym: acronym });
  people.coordinator = await createPerson(database, { role: "coordinator" });
  unicefId = await agencyIdOf(db, "UNICEF");
});

describe("the real agencies' files", () => {
  for (const [file, agency] of realFiles) {
    it(`${file} read as ${agency}: an answer for every activity, none failing the file`, async () => {
      const bytes = realFile(file);
      const done = await dryRun(database.db, people[agency]!, bytes, {}, file);
      expect(done.failure).toBeNull();
      expect(done.state).toBe("ready");
      expect(done.bytesRead).toBe(bytes.byteLength);
      expect(done.report!.activities).toHaveLength(activitiesIn(bytes));
      for (const activity of done.report!.activities) {
        expect(activity.answer).toMatch(/^(new|update|unchanged|conflict|locked|skipped)$/);
        if (activity.answer === "skipped") expect(activity.skip!.reason).toBeTruthy();
        else expect(activity.entries.length).toBeGreaterThan(0);
      }
    });
  }

  it("names the countries Socle does not hold, for a coordinator to add", async () => {
    const done = await dryRun(database.db, people.UNICEF!, realFile("iati-unicef-2.02-social-protection.xml"));
    expect(done.report!.unknownCountries).toEqual(expect.arrayContaining(["BD", "DO"]));
    expect(done.report!.activities.filter((activity) => activity.skip?.reason === "unknown_country").length).toBeGreaterThan(0);
  });
});

describe("UNICEF's file applied", () => {
  const file = "iati-unicef-2.02-social-protection.xml";

  beforeAll(async () => {
    for (const code of ["BD", "DO", "IN", "JO", "RS"]) {
      await addCountry(database.db, people.coordinator!, { code, region: code === "DO" ? "americas" : code === "RS" ? "europe_central_asia" : code === "JO" ? "arab_states" : "asia_pacific", spfiStatus: "interest_expressed" });
    }
  });

  it("writes an entry per activity on the countries it names, then the same file again changes nothing", async () => {
    const { db } = database;
    const first = await dryRun(db, people.UNICEF!, realFile(file));
    const kept = first.report!.activities.filter((activity) => activity.answer !== "skipped");
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((activity) => activity.answer === "new")).toBe(true);
    await applyIatiImport(db, people.UNICEF!, { importId: first.id }, { today });

    const entries = await db.select().from(supportEntries).where(eq(supportEntries.agencyId, unicefId));
    const imported = entries.filter((entry) => entry.iatiIdentifier);
    expect(new Set(imported.map((entry) => entry.countryCode))).toEqual(new Set(kept.flatMap((activity) => activity.entries.map((entry) => entry.countryCode))));
    expect(imported.every((entry) => entry.iatiImportedVersion === entry.version)).toBe(true);

    const before = await footprint(db, unicefId);
    const again = await dryRun(db, people.UNICEF!, realFile(file));
    expect(again.report!.activities.filter((activity) => activity.answer !== "skipped").every((activity) => activity.answer === "unchanged")).toBe(true);
    await applyIatiImport(db, people.UNICEF!, { importId: again.id }, { today });
    expect(await footprint(db, unicefId)).toEqual(before);
    await expect(applyIatiImport(db, people.UNICEF!, { importId: again.id }, { today })).rejects.toMatchObject({ code: "CONFLICT", message: "iatiImport.alreadyApplied" });
  });

  it("an entry edited in Socle since is a conflict shown field by field, and is not overwritten", async () => {
    const { db } = database;
    const [entry] = await db.select().from(supportEntries).where(eq(supportEntries.agencyId, unicefId)).limit(1);
    const values = entryFormValues(entry!);
    await editSupportEntry(db, people.UNICEF!, { ...values, title: "Retitled in Socle" });
    const again = await dryRun(db, people.UNICEF!, realFile(file));
    const conflicted = again.report!.activities.find((activity) => activity.entries.some((judged) => judged.entryId === entry!.id))!;
    expect(conflicted.answer).toBe("conflict");
    expect(conflicted.entries[0]!.changes).toContainEqual({ field: "title", socle: "Retitled in Socle", file: entry!.title });
    await applyIatiImport(db, people.UNICEF!, { importId: again.id }, { today });
    const [after] = await db.select().from(supportEntries).where(eq(supportEntries.id, entry!.id));
    expect(after!.title).toBe("Retitled in Socle");
  });
});

describe("files that cannot be read, and files of others", () => {
  const cases = [
    ["malformed XML", xml('<?xml version="1.0"?><iati-activities version="2.03"><iati-activity><iati-identifier>X</iati-identifier></iati-activities>'), "malformed"],
    ["the wrong root", xml('<?xml version="1.0"?><html><body>Not IATI</body></html>'), "wrong_root"],
    [
      "an XML bomb",
      xml('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><iati-activities version="2.03"><iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity></iati-activities>'),
      "entities",
    ],
  ] as const;
  for (const [name, bytes, reason] of cases) {
    it(`${name}: failed with the reader's reason, nothing changed, and it cannot be applied`, async () => {
      const { db } = database;
      const before = await footprint(db, unicefId);
      const done = await dryRun(db, people.UNICEF!, bytes);
      expect(done.state).toBe("failed");
      expect(done.failure).toMatch(new RegExp(`^iatiImport\\.reasons\\.file\\.${reason}`));
      expect(done.report).toBeNull();
      await expect(applyIatiImport(db, people.UNICEF!, { importId: done.id })).rejects.toMatchObject({ code: "CONFLICT", message: "iatiImport.notReady" });
      expect(await footprint(db, unicefId)).toEqual(before);
    });
  }

  it("another agency's file: every activity skipped as another agency's", async () => {
    const done = await dryRun(database.db, people.UNICEF!, realFile("iati-wfp-2.03.xml"));
    expect(done.report!.activities.length).toBeGreaterThan(0);
    expect(done.report!.activities.every((activity) => activity.skip?.reason === "other_agency")).toBe(true);
  });

  it("an adviser imports for their own agency only; a coordinator names the agency", async () => {
    const { db } = database;
    const bytes = realFile("iati-fao-2.02.xml");
    await expect(dryRun(db, people.UNICEF!, bytes, { agencyId: await agencyIdOf(db, "FAO") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(dryRun(db, people.coordinator!, bytes)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { agencyId: "iatiImport.agencyRequired" } });
    await expect(dryRun(db, people.coordinator!, bytes, { agencyId: await agencyIdOf(db, "World Bank") })).rejects.toMatchObject({
      fieldErrors: { agencyId: "iatiImport.agencyWithoutIatiRef" },
    });
    expect((await dryRun(db, people.coordinator!, bytes, { agencyId: await agencyIdOf(db, "FAO") })).state).toBe("ready");
    await expect(dryRun(db, people.UNICEF!, new Uint8Array())).rejects.toBeInstanceOf(AppError);
  });
});
