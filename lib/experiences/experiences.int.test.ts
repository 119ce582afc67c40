/**
 * Experience write-ups from draft to audience (decision 2350): a draft is read by its authors' side only (the
 * country's working group and coordinators, or the adviser's agency and coordinators) in every place write-ups
 * appear; published, it is read by the audience its authors chose; a stale publish is a conflict; withdrawn,
 * it leaves every list; the list page filters, counts and pages.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import type { Actor } from "@/lib/actor";
import type { HttpMethod } from "@/lib/api/endpoint";
import { findEndpoint } from "@/lib/api/endpoints";
import { handleApiRequest } from "@/lib/api/handle-api-request";
import { AppError } from "@/lib/errors";
import { getStepLearning } from "@/lib/learning/get-step-learning";
import { searchEverything } from "@/lib/search/search-everything";
import { markEnd, markStart } from "@/lib/search/text-query";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { editExperience } from "./edit-experience";
import { featureExperience } from "./feature-experience";
import { listExperienceHistory } from "./list-experience-history";
import { getExperience, listExperiences, listStepExperiences } from "./list-experiences";
import { publishExperience } from "./publish-experience";
import { withdrawExperience } from "./withdraw-experience";
import { writeExperience } from "./write-experience";

const database = useTestDatabase();
let thai: Actor;
let thaiColleague: Actor;
let coordinator: Actor;
let mozambique: Actor;
let reviewer: Actor;
let ilo: Actor;
let iloColleague: Actor;
let unicef: Actor;

beforeAll(async () => {
  thai = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  thaiColleague = await createPerson(database, { role: "working_group_member", countryCode: "TH" });
  coordinator = await createPerson(database, { role: "coordinator" });
  mozambique = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
  reviewer = await createPerson(database, { role: "reviewer" });
  ilo = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  iloColleague = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
});

const step = "costing_financing";
const draft = (countryCode: string, title: string, extra: Record<string, unknown> = {}) => ({
  countryCode,
  stepKey: step,
  language: "en",
  title,
  whatWasDone: `${title}: what the group did.`,
  ...extra,
});

async function api(actor: Actor, method: HttpMethod, path: string, url: string, params: Record<string, string> = {}, body?: unknown) {
  const request = new Request(`http://socle.test/api/v1${url}`, {
    method,
    headers: { host: "socle.test", origin: "http://socle.test", ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return handleApiRequest(findEndpoint(method, path), request, params, { db: database.db, authenticate: async () => ({ actor, via: "token" }) });
}

/** Every place a reader meets write-ups, as the titles found there. */
async function titlesSeenBy(actor: Actor, word: string): Promise<Record<string, string[]>> {
  const { db } = database;
  const titleOf = (experience: { texts: { title: string }[] }) => experience.texts[0]!.title;
  const page = await listExperiences(db, actor, {});
  const learning = await getStepLearning(db, actor, { countryCode: "MZ", stepKey: step });
  const own = await getStepLearning(db, actor, { countryCode: "TH", stepKey: step });
  const search = (await searchEverything(db, actor, { q: word, kind: "experiences" }, "en")).groups[0]!.hits.map((hit) => hit.title.replaceAll(markStart, "").replaceAll(markEnd, ""));
  const listed = (await api(actor, "GET", "/experiences", "/experiences?limit=200")).body as { data: { texts: { title: string }[] }[] };
  return {
    list: [...page.drafts, ...page.experiences].map(titleOf),
    "other countries' step page": learning.experiences.map(titleOf),
    "the country's own step page": own.ownExperiences.map(titleOf),
    search,
    api: listed.data.map(titleOf),
  };
}

async function readsIt(actor: Actor, id: string): Promise<boolean> {
  try {
    await getExperience(database.db, actor, id);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}

describe("a draft", () => {
  let groupDraft: string;
  let adviserDraft: string;

  beforeAll(async () => {
    groupDraft = (await writeExperience(database.db, thai, draft("TH", "Zebrafinch pension costing"))).id;
    adviserDraft = (await writeExperience(database.db, ilo, draft("TH", "Zebrafinch actuarial review", { agencyId: await agencyIdOf(database.db, "ILO") }))).id;
  });

  it("of a working group is read only by that group and coordinators, wherever write-ups appear", async () => {
    for (const insider of [thai, thaiColleague, coordinator]) {
      expect(await readsIt(insider, groupDraft)).toBe(true);
      const seen = await titlesSeenBy(insider, "zebrafinch");
      expect(seen.list).toContain("Zebrafinch pension costing");
      expect(seen["the country's own step page"]).toContain("Zebrafinch pension costing");
      expect(seen.search).toContain("Zebrafinch pension costing");
      expect(seen.api).toContain("Zebrafinch pension costing");
      // Drafts are never among "how other countries did it", even for those who may read them.
      expect(seen["other countries' step page"]).not.toContain("Zebrafinch pension costing");
    }
    for (const outsider of [mozambique, reviewer, ilo, unicef]) {
      expect(await readsIt(outsider, groupDraft)).toBe(false);
      expect(Object.values(await titlesSeenBy(outsider, "zebrafinch")).flat()).not.toContain("Zebrafinch pension costing");
    }
  });

  it("of an adviser is read only by their agency's advisers and coordinators, not the country's group", async () => {
    for (const insider of [ilo, iloColleague, coordinator]) expect(await readsIt(insider, adviserDraft)).toBe(true);
    for (const outsider of [thai, mozambique, reviewer, unicef]) {
      expect(await readsIt(outsider, adviserDraft)).toBe(false);
      expect(Object.values(await titlesSeenBy(outsider, "zebrafinch")).flat()).not.toContain("Zebrafinch actuarial review");
    }
    const { drafts } = await listExperiences(database.db, iloColleague, {});
    expect(drafts.map((experience) => experience.texts[0]!.title)).toEqual(["Zebrafinch actuarial review"]);
  });

  it("cannot be changed from outside its side: one that is not read is not found, and nothing is written", async () => {
    const before = await databaseFingerprint(database.db);
    for (const [outsider, id] of [
      [mozambique, groupDraft],
      [thai, adviserDraft],
      [unicef, adviserDraft],
    ] as const) {
      await expect(publishExperience(database.db, outsider, { experienceId: id, version: 1, sharingLevel: "all" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(editExperience(database.db, outsider, { experienceId: id, version: 1, language: "en", title: "Taken", whatWasDone: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(withdrawExperience(database.db, outsider, { experienceId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(featureExperience(database.db, coordinator, { experienceId: groupDraft, featured: "true" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { featured: "experiences.featureDraft" },
    });
    // A coordinator may write for any agency, but only one Socle knows.
    await expect(writeExperience(database.db, coordinator, draft("TH", "For nobody", { agencyId: randomUUID() }))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { agencyId: "experiences.unknownAgency" },
    });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});

describe("publishing", () => {
  it("to the country keeps it to the group and coordinators; to all, everyone signed in reads it", async () => {
    const { id } = await writeExperience(database.db, thai, draft("TH", "Quokka social budget"));
    await publishExperience(database.db, thaiColleague, { experienceId: id, version: 1, sharingLevel: "country" });
    const kept = await getExperience(database.db, thai, id);
    expect(kept.experience).toMatchObject({ state: "published", sharingLevel: "country", version: 2 });
    expect(kept.experience.publishedAt).toBeInstanceOf(Date);
    for (const insider of [thai, coordinator]) expect((await titlesSeenBy(insider, "quokka")).list).toContain("Quokka social budget");
    for (const outsider of [mozambique, reviewer, ilo]) {
      expect(await readsIt(outsider, id)).toBe(false);
      expect(Object.values(await titlesSeenBy(outsider, "quokka")).flat()).not.toContain("Quokka social budget");
    }

    await publishExperience(database.db, thai, { experienceId: id, version: 2, sharingLevel: "all" });
    for (const reader of [mozambique, reviewer, ilo, unicef]) {
      const seen = await titlesSeenBy(reader, "quokka");
      for (const place of ["list", "other countries' step page", "search", "api"]) expect(seen[place], place).toContain("Quokka social budget");
    }
    const history = await listExperienceHistory(database.db, mozambique, id);
    expect(history.map((entry) => entry.action)).toEqual(["experience.share", "experience.publish", "experience.write"]);
    expect(history[0]).toMatchObject({ before: { sharingLevel: "country" }, after: { sharingLevel: "all" } });
  });

  it("from an older version is refused with the write-up as it stands, and nothing changes", async () => {
    const { id } = await writeExperience(database.db, thai, draft("TH", "Pangolin fiscal space"));
    await editExperience(database.db, thaiColleague, { experienceId: id, version: 1, language: "en", title: "Pangolin fiscal space study", whatWasDone: "Costed it." });
    const before = await databaseFingerprint(database.db);
    const refusal = await publishExperience(database.db, thai, { experienceId: id, version: 1, sharingLevel: "all" }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "CONFLICT", current: { version: 2, state: "draft", texts: [{ title: "Pangolin fiscal space study" }] } });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it("refuses an audience that is not a sharing level, and a version that is not a number, writing nothing", async () => {
    const { id } = await writeExperience(database.db, thai, draft("TH", "Okapi pilot"));
    const before = await databaseFingerprint(database.db);
    await expect(publishExperience(database.db, thai, { experienceId: id, version: 1, sharingLevel: "everyone" })).rejects.toMatchObject({ code: "INVALID" });
    await expect(publishExperience(database.db, thai, { experienceId: id, version: "one", sharingLevel: "all" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it("and editing a published write-up belong to its authors' side: a reader from elsewhere is refused", async () => {
    const iloId = await agencyIdOf(database.db, "ILO");
    const { id } = await writeExperience(database.db, ilo, draft("TH", "Ibis contributory scheme", { agencyId: iloId }));
    await publishExperience(database.db, iloColleague, { experienceId: id, version: 1, sharingLevel: "all" });
    for (const other of [thai, unicef, reviewer]) {
      await expect(editExperience(database.db, other, { experienceId: id, version: 2, language: "en", title: "Mine now", whatWasDone: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(withdrawExperience(database.db, other, { experienceId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await getExperience(database.db, thai, id)).experience.mayEdit).toBe(false);
    expect((await getExperience(database.db, iloColleague, id)).experience.mayEdit).toBe(true);
  });
});

describe("withdrawing", () => {
  it("takes a write-up out of every list and its page, keeping its row and history", async () => {
    const { id } = await writeExperience(database.db, thai, draft("TH", "Tapir cash transfer"));
    await publishExperience(database.db, thai, { experienceId: id, version: 1, sharingLevel: "all" });
    await withdrawExperience(database.db, thaiColleague, { experienceId: id });
    for (const reader of [thai, coordinator, mozambique]) {
      expect(await readsIt(reader, id)).toBe(false);
      expect(Object.values(await titlesSeenBy(reader, "tapir")).flat()).not.toContain("Tapir cash transfer");
    }
    await expect(withdrawExperience(database.db, thai, { experienceId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the list", () => {
  beforeAll(async () => {
    // 23 of Rwanda's write-ups on one step, published to all, one of them also in French; one still a draft.
    for (let number = 1; number <= 23; number++) {
      const { id } = await writeExperience(database.db, coordinator, { ...draft("RW", `Rwanda case ${number}`), stepKey: "stakeholders" });
      if (number === 7) await editExperience(database.db, coordinator, { experienceId: id, version: 1, language: "fr", title: "Cas rwandais 7", whatWasDone: "Dialogue." });
      await publishExperience(database.db, coordinator, { experienceId: id, version: number === 7 ? 2 : 1, sharingLevel: "all" });
    }
    await writeExperience(database.db, coordinator, { ...draft("RW", "Rwanda draft"), stepKey: "stakeholders" });
  });

  it("pages the published write-ups twenty at a time with their count, and keeps drafts apart", async () => {
    const first = await listExperiences(database.db, mozambique, { country: "RW" });
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 2, draftTotal: 0 });
    expect(first.experiences).toHaveLength(20);
    const second = await listExperiences(database.db, mozambique, { country: "rw", page: "2" });
    expect(second.experiences).toHaveLength(3);
    const titles = [...first.experiences, ...second.experiences].map((experience) => experience.texts.find((text) => text.language === "en")!.title);
    expect(new Set(titles).size).toBe(23);
    // A page past the last shows the last; a page number that is not one shows the first.
    expect((await listExperiences(database.db, mozambique, { country: "RW", page: "9" })).page).toBe(2);
    expect((await listExperiences(database.db, mozambique, { country: "RW", page: "-1" })).page).toBe(1);

    const rwandaSide = await listExperiences(database.db, await createPerson(database, { role: "working_group_member", countryCode: "RW" }), { country: "RW" });
    expect(rwandaSide.total).toBe(23);
    expect(rwandaSide.drafts.map((experience) => experience.texts[0]!.title)).toEqual(["Rwanda draft"]);
  });

  it("filters by step, country and language, and lists only countries with write-ups the reader may read", async () => {
    const byStep = await listExperiences(database.db, mozambique, { step: "stakeholders" });
    expect(byStep.total).toBe(23);
    const inFrench = await listExperiences(database.db, mozambique, { language: "fr" });
    expect(inFrench.experiences.map((experience) => experience.texts.map((text) => text.title))).toEqual([["Rwanda case 7", "Cas rwandais 7"]]);
    expect((await listExperiences(database.db, mozambique, { country: "MZ" })).total).toBe(0);
    // An unknown filter value is ignored, as on every list page.
    expect((await listExperiences(database.db, mozambique, { step: "DROP TABLE", language: "xx" })).query).toMatchObject({ step: undefined, language: undefined });
    expect((await listExperiences(database.db, mozambique, {})).countries.map((country) => country.code)).toEqual(["RW", "TH"]);
    expect((await listExperiences(database.db, reviewer, {})).countries.map((country) => country.code)).toEqual(["RW", "TH"]);
  });

  it("through the API pages by cursor, filters by state, and refuses a filter it does not know", async () => {
    const first = (await api(mozambique, "GET", "/experiences", "/experiences?country=RW&limit=10")).body as { data: { id: string }[]; nextCursor: string };
    expect(first.data).toHaveLength(10);
    const rest = (await api(mozambique, "GET", "/experiences", `/experiences?country=RW&limit=200&cursor=${first.nextCursor}`)).body as { data: { id: string }[]; nextCursor: null };
    expect(rest.data).toHaveLength(13);
    expect(rest.nextCursor).toBeNull();
    const drafts = (await api(coordinator, "GET", "/experiences", "/experiences?country=RW&state=draft")).body as { data: { state: string }[] };
    expect(drafts.data.map((row) => row.state)).toEqual(["draft"]);
    await expect(api(mozambique, "GET", "/experiences", "/experiences?state=hidden")).rejects.toMatchObject({ code: "INVALID" });
    await expect(api(mozambique, "GET", "/experiences", "/experiences?cursor=bm90LW91cnM")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("through the API writes a draft, publishes it and withdraws it, under the same rules", async () => {
    const written = await api(thai, "POST", "/experiences", "/experiences", {}, draft("TH", "Heron maternity benefit"));
    expect(written.status).toBe(201);
    const { id, state, version } = (written.body as { data: { id: string; state: string; version: number } }).data;
    expect({ state, version }).toEqual({ state: "draft", version: 1 });
    await expect(api(mozambique, "GET", "/experiences/{id}", `/experiences/${id}`, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stale = await api(thai, "POST", "/experiences/{id}/publish", `/experiences/${id}/publish`, { id }, { version: 5, sharingLevel: "all" }).catch((error: unknown) => error);
    expect(stale).toMatchObject({ code: "CONFLICT" });
    const published = await api(thai, "POST", "/experiences/{id}/publish", `/experiences/${id}/publish`, { id }, { version: 1, sharingLevel: "all" });
    expect((published.body as { data: { state: string; sharingLevel: string } }).data).toMatchObject({ state: "published", sharingLevel: "all" });
    expect(((await api(mozambique, "GET", "/experiences/{id}", `/experiences/${id}`, { id })).body as { data: { id: string } }).data.id).toBe(id);
    await expect(api(mozambique, "DELETE", "/experiences/{id}", `/experiences/${id}`, { id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await api(thai, "DELETE", "/experiences/{id}", `/experiences/${id}`, { id })).body).toEqual({ data: { id, withdrawn: true } });
    expect(await readsIt(thai, id)).toBe(false);
  });

  it("of a step's other countries shows published write-ups only", async () => {
    const titles = (await listStepExperiences(database.db, coordinator, "stakeholders")).map((experience) => experience.texts[0]!.title);
    expect(titles).toHaveLength(23);
    expect(titles).not.toContain("Rwanda draft");
  });
});
