import fc from "fast-check";
import { beforeAll, describe, it } from "vitest";
import { experiences } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { formLike, fuzzerFor, fuzzTimeout, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { editExperience } from "./edit-experience";
import { publishExperience } from "./publish-experience";
import { writeExperience } from "./write-experience";

const database = useTestDatabase();
const fuzz = fuzzerFor(database);
let thai: Actor;
/** Thailand's drafts, and one of Mozambique's the Thai member may not even read. */
let ids: string[];

beforeAll(async () => {
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  const mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  const text = { stepKey: "costing_financing", language: "en", title: "A case", whatWasDone: "Done." };
  ids = [
    (await writeExperience(database.db, thai, { ...text, countryCode: "TH" })).id,
    (await writeExperience(database.db, thai, { ...text, countryCode: "TH" })).id,
    (await writeExperience(database.db, mozambique, { ...text, countryCode: "MZ" })).id,
  ];
});

const text = () => ({
  language: mostly(["en", "fr"], fc.constantFrom("xx", "", 1)),
  title: mostly(["How we costed it"], fc.oneof(fc.string(), fc.constant("x".repeat(201)))),
  context: fc.oneof(fc.constant(""), fc.string({ maxLength: 50 }), fc.constant("x".repeat(5001))),
  whatWasDone: mostly(["We used the RAP."], fc.string({ maxLength: 20 })),
  contacts: fc.oneof(
    fc.constant([]),
    fc.array(formLike({ name: mostly(["Ana"], fc.string({ maxLength: 5 })), organisation: fc.string({ maxLength: 5 }), email: mostly(["", "ana@example.org"], fc.string()) }), { maxLength: 7 }),
  ),
  contactsConsent: fc.constantFrom("on", "", undefined, true),
});

describe("fuzzed write-up writes by a working group member get a 4xx or succeed, and refusals change nothing", () => {
  it("writing a draft", async () => {
    await fuzz(formLike({ countryCode: mostly(["TH"], fc.constantFrom("MZ", "ZZ", "t", "")), stepKey: mostly(["costing_financing"], fc.string({ maxLength: 101 })), agencyId: fc.constantFrom("", undefined), ...text() }), (input) =>
      writeExperience(database.db, thai, input),
    );
  }, fuzzTimeout);

  it("editing a text", async () => {
    await fuzz(formLike({ experienceId: idAmong(...ids), version: versionLike(), ...text() }), async (input) =>
      editExperience(database.db, thai, await withVersion(input, () => versionIn(database.db, experiences, input.experienceId))),
    );
  }, fuzzTimeout);

  it("publishing, or changing the audience", async () => {
    await fuzz(formLike({ experienceId: idAmong(...ids), version: versionLike(), sharingLevel: mostly(["country", "all"], fc.constantFrom("everyone", "", 0)) }), async (input) =>
      publishExperience(database.db, thai, await withVersion(input, () => versionIn(database.db, experiences, input.experienceId))),
    );
  }, fuzzTimeout);
});
