/**
 * The IATI import through /api/v1, on a real database: a UNICEF adviser sends the real UNICEF file as
 * `application/xml`, the dry run runs after the answer, the import is read until ready and applied; the same file
 * again is all unchanged; JSON, an oversized file and another agency's apply are refused, changing nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import type { Actor } from "@/lib/actor";
import { addCountry } from "@/lib/countries/add-country";
import { iatiImportLimits } from "@/lib/iati/import/limits";
import { realFile } from "@/lib/iati/import/test-helpers";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import type { HttpMethod } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

const database = useTestDatabase();
let unicef: Actor, ilo: Actor;
beforeAll(async () => {
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  ilo = await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" });
  const coordinator = await createPerson(database, { role: "coordinator" });
  for (const [code, region] of [["BD", "asia_pacific"], ["DO", "americas"]] as const) await addCountry(database.db, coordinator, { code, region, spfiStatus: "interest_expressed" });
});

type Import = { id: string; state: string; bytesRead: number; byteSize: number; report: { counts: Record<string, number> } | null };
type Answer = { status: number; body: { data: Import & Import[] } };

async function api(actor: Actor, method: HttpMethod, path: string, options: { params?: Record<string, string>; body?: BodyInit; type?: string; query?: string } = {}) {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => options.params![name]!);
  const request = new Request(`http://socle.test/api/v1${url}${options.query ?? ""}`, {
    method,
    headers: { host: "socle.test", origin: "http://socle.test", "content-type": options.type ?? "application/xml" },
    body: options.body,
  });
  const later: (() => Promise<void>)[] = [];
  const answer = (await handleApiRequest(findEndpoint(method, path), request, options.params ?? {}, {
    db: database.db,
    authenticate: async () => ({ actor, via: "session" }),
    runAfterResponse: (work) => later.push(work),
  })) as Answer;
  for (const work of later) await work();
  return answer;
}

describe("the IATI import through /api/v1", () => {
  it("uploads UNICEF's file, reads it until ready, applies it, and the same file again is unchanged", async () => {
    const bytes = realFile("iati-unicef-2.02-social-protection.xml");
    const uploaded = await api(unicef, "POST", "/iati-imports", { body: bytes, query: "?fileName=unicef.xml" });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.data).toMatchObject({ state: "reading", bytesRead: 0, byteSize: bytes.byteLength });
    const read = await api(unicef, "GET", "/iati-imports/{id}", { params: { id: uploaded.body.data.id } });
    expect(read.body.data).toMatchObject({ state: "ready", bytesRead: bytes.byteLength });
    expect(read.body.data.report!.counts.new).toBeGreaterThan(0);

    await expect(api(ilo, "POST", "/iati-imports/{id}/apply", { params: { id: uploaded.body.data.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const applied = await api(unicef, "POST", "/iati-imports/{id}/apply", { params: { id: uploaded.body.data.id } });
    expect(applied.body.data.state).toBe("applied");

    const again = await api(unicef, "POST", "/iati-imports", { body: bytes, type: "text/xml; charset=utf-8" });
    const second = await api(unicef, "GET", "/iati-imports/{id}", { params: { id: again.body.data.id } });
    expect(second.body.data.report!.counts).toMatchObject({ new: 0, update: 0, conflict: 0 });
    expect(second.body.data.report!.counts.unchanged).toBe(read.body.data.report!.counts.new);

    const listed = await api(unicef, "GET", "/iati-imports", { type: "application/json" });
    expect(listed.body.data.map((row) => row.id)).toEqual([again.body.data.id, uploaded.body.data.id]);
    expect((await api(ilo, "GET", "/iati-imports", { type: "application/json" })).body.data).toEqual([]);
  });

  it("refuses JSON and a file over the limit before reading it, changing nothing", async () => {
    const before = await databaseFingerprint(database.db);
    await expect(api(unicef, "POST", "/iati-imports", { body: "{}", type: "application/json" })).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const tooLarge = new Request("http://socle.test/api/v1/iati-imports", {
      method: "POST",
      headers: { host: "socle.test", origin: "http://socle.test", "content-type": "application/xml", "content-length": String(iatiImportLimits.maxBytes + 1) },
      body: "<iati-activities/>",
    });
    await expect(handleApiRequest(findEndpoint("POST", "/iati-imports"), tooLarge, {}, { db: database.db, authenticate: async () => ({ actor: unicef, via: "token" }) })).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(await databaseFingerprint(database.db)).toBe(before);
  });
});
