/**
 * The progress and support endpoints through the API's core, on a real database: who may read and write what
 * (token or session, own or other country and agency), paging and filters, conflicts and refused input.
 */
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, auditLog, idempotencyKeys, milestones, supportEntries } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import type { Authentication } from "@/lib/session";
import { createPerson, stepOf, useTestDatabase } from "@/lib/testing/database";
import type { HttpMethod } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

const database = useTestDatabase();
const tokens = new Map<string, string>();
let benin: Actor;
let unicef: Actor;
let unicefId: string;
let iloId: string;

beforeAll(async () => {
  benin = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  unicef = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  const people: Record<string, Actor> = {
    benin,
    togo: await createPerson(database, { role: "working_group_member", countryCode: "TG" }),
    unicef,
    reviewer: await createPerson(database, { role: "reviewer" }),
  };
  for (const [name, person] of Object.entries(people)) tokens.set(name, (await createApiToken(database.db, person, { name: "tests" })).token);
  const rows = await database.db.select({ id: agencies.id, acronym: agencies.acronym }).from(agencies);
  unicefId = rows.find((row) => row.acronym === "UNICEF")!.id;
  iloId = rows.find((row) => row.acronym === "ILO")!.id;
});

type Call = { as?: string; session?: Actor; body?: unknown; params?: Record<string, string>; origin?: string; idempotencyKey?: string };

/** Calls a declared endpoint as a request with a bearer token (or a session) would. */
async function call(method: HttpMethod, path: string, url: string, options: Call = {}) {
  const headers: Record<string, string> = { host: "socle.test", "content-type": "application/json" };
  if (options.as) headers.authorization = `Bearer ${tokens.get(options.as)}`;
  if (options.origin) headers.origin = options.origin;
  if (options.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey;
  const request = new Request(`http://socle.test/api/v1${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const authenticate = async (): Promise<Authentication | null> => {
    const authorization = request.headers.get("authorization");
    if (authorization) {
      const actor = await authenticateApiToken(database.db, authorization);
      return actor ? { actor, via: "token" } : null;
    }
    return options.session ? { actor: options.session, via: "session" } : null;
  };
  return handleApiRequest(findEndpoint(method, path), request, options.params ?? {}, { db: database.db, authenticate });
}

describe("milestones", () => {
  let milestoneId: string;
  it("are logged by the country's own working group, with a token or a same-origin session; others are refused", async () => {
    const step = await stepOf(database.db, "BJ", "awareness");
    // Shared with all, so that the reviewer lists them below; kept to Benin they would not (lib/sharing).
    const body = { countryStepId: step.id, title: "Radio campaign", occurredOn: "2026-02-02", links: [{ url: "https://radio.bj/spf" }], sharingLevel: "all", evidenceSharingLevel: "all" };
    const post = (options: Call) => call("POST", "/countries/{code}/milestones", "/countries/BJ/milestones", { ...options, body, params: { code: "bj" } });
    await expect(post({})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(post({ as: "togo" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(post({ as: "reviewer" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(post({ session: benin })).rejects.toMatchObject({ code: "FORBIDDEN", message: "api.crossSiteWrite" });
    const created = await post({ as: "benin" });
    expect(created).toMatchObject({ status: 201, body: { data: { title: "Radio campaign", countryCode: "BJ", version: 1, evidence: [{ kind: "link", url: "https://radio.bj/spf" }] } } });
    milestoneId = (created.body as { data: { id: string } }).data.id;
    expect((await post({ session: benin, origin: "http://socle.test" })).status).toBe(201);
  });

  it("refuse bad input per field", async () => {
    const step = await stepOf(database.db, "BJ", "awareness");
    await expect(
      call("POST", "/countries/{code}/milestones", "/countries/BJ/milestones", { as: "benin", params: { code: "BJ" }, body: { countryStepId: step.id, title: "", occurredOn: "2026-13-01" } }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { title: "validation.required", occurredOn: "validation.date" } });
  });

  it("are edited with their version; a stale one is a conflict", async () => {
    const edit = (version: number) =>
      call("PATCH", "/milestones/{id}", `/milestones/${milestoneId}`, { as: "benin", params: { id: milestoneId }, body: { version, title: "Radio and TV campaign", occurredOn: "2026-02-02" } });
    expect(await edit(1)).toMatchObject({ status: 200, body: { data: { title: "Radio and TV campaign", version: 2 } } });
    await expect(edit(1)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      call("PATCH", "/milestones/{id}", `/milestones/${milestoneId}`, { as: "togo", params: { id: milestoneId }, body: { version: 2, title: "x", occurredOn: "2026-02-02" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("are listed page by page, filtered by country and step", async () => {
    const first = await call("GET", "/milestones", "/milestones?country=BJ&step=awareness&limit=1", { as: "reviewer" });
    const page = first.body as { data: { id: string }[]; nextCursor: string };
    expect(page.data).toHaveLength(1);
    const second = (await call("GET", "/milestones", `/milestones?country=BJ&step=awareness&limit=1&cursor=${page.nextCursor}`, { as: "reviewer" })).body as typeof page;
    expect(second.data).toHaveLength(1);
    expect(second.data[0]!.id).not.toBe(page.data[0]!.id);
    expect(second.nextCursor).toBeNull();
    expect(((await call("GET", "/milestones", "/milestones?country=TG", { as: "reviewer" })).body as typeof page).data).toEqual([]);
    await expect(call("GET", "/milestones", "/milestones?cursor=nonsense", { as: "reviewer" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("come with the country's steps, filtered by status", async () => {
    const steps = (await call("GET", "/countries/{code}/steps", "/countries/BJ/steps?status=not_started", { as: "togo", params: { code: "BJ" } })).body as {
      data: { key: string; number: number; status: string }[];
    };
    expect(steps.data.length).toBeGreaterThan(0);
    expect(steps.data.every((row) => row.status === "not_started")).toBe(true);
    expect(steps.data[0]).toMatchObject({ key: "stakeholders", number: 1 });
  });
});

describe("support entries", () => {
  let entryId: string;
  const entry = (agencyId: string) => ({ countryCode: "BJ", agencyId, kind: "financial", title: "Costing study grant", status: "planned", amount: "120000", currency: "XOF" });

  it("are added by an adviser for their own agency only", async () => {
    await expect(call("POST", "/support-entries", "/support-entries", { as: "unicef", body: entry(iloId) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call("POST", "/support-entries", "/support-entries", { as: "reviewer", body: entry(unicefId) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(call("POST", "/support-entries", "/support-entries", { as: "unicef", body: { ...entry(unicefId), amount: undefined } })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { amount: "validation.required" },
    });
    const created = await call("POST", "/support-entries", "/support-entries", { as: "unicef", body: entry(unicefId) });
    expect(created).toMatchObject({ status: 201, body: { data: { agencyAcronym: "UNICEF", amount: "120000", currency: "XOF", flow: { committed: "0" }, version: 1 } } });
    entryId = (created.body as { data: { id: string } }).data.id;
  });

  it("take transactions and edits through the same checks", async () => {
    const added = await call("POST", "/support-entries/{id}/transactions", `/support-entries/${entryId}/transactions`, {
      as: "unicef",
      params: { id: entryId },
      body: { type: "committed", amount: "120000", occurredOn: "2026-03-01" },
    });
    expect(added).toMatchObject({ status: 201, body: { data: { flow: { committed: "120000" } } } });
    await expect(
      call("POST", "/support-entries/{id}/transactions", `/support-entries/${entryId}/transactions`, { as: "benin", params: { id: entryId }, body: { type: "disbursed", amount: "1", occurredOn: "2026-03-02" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const edited = await call("PATCH", "/support-entries/{id}", `/support-entries/${entryId}`, {
      as: "unicef",
      params: { id: entryId },
      body: { ...entry(unicefId), version: 1, status: "ongoing" },
    });
    expect(edited).toMatchObject({ body: { data: { status: "ongoing", version: 2 } } });
    await expect(
      call("PATCH", "/support-entries/{id}", `/support-entries/${entryId}`, { as: "unicef", params: { id: entryId }, body: { ...entry(unicefId), version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("are listed with the support list's filters, and an unknown filter value is refused", async () => {
    const list = async (query: string) => ((await call("GET", "/support-entries", `/support-entries${query}`, { as: "togo" })).body as { data: { id: string }[] }).data;
    expect((await list("?agency=unicef&country=BJ")).map((row) => row.id)).toEqual([entryId]);
    expect(await list("?agency=ILO")).toEqual([]);
    await expect(list("?kind=money")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { kind: "validation.choice" } });
  });

  it("may record a financial entry's amount as committed at once, written with the entry or not at all", async () => {
    const committed = { ...entry(unicefId), countryCode: "TG", firstTransactionType: "committed", firstTransactionOn: "2026-02-01" };
    await expect(call("POST", "/support-entries", "/support-entries", { as: "unicef", body: { ...committed, firstTransactionOn: undefined } })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { firstTransactionOn: "validation.required" },
    });
    expect(((await call("GET", "/support-entries", "/support-entries?country=TG", { as: "togo" })).body as { data: unknown[] }).data).toEqual([]);
    const created = await call("POST", "/support-entries", "/support-entries", { as: "unicef", body: committed });
    expect(created).toMatchObject({ status: 201, body: { data: { countryCode: "TG", amount: "120000", flow: { pledged: "0", committed: "120000" } } } });
  });
});

describe("needs", () => {
  it("are listed per country with what answers them", async () => {
    const { addNeed } = await import("@/lib/support/add-need");
    const coordinator = await createPerson(database, { role: "coordinator" });
    const step = await stepOf(database.db, "BJ", "costing_financing");
    await addNeed(database.db, coordinator, { countryCode: "BJ", countryStepId: step.id, kind: "funding", description: "Actuarial model", estimateAmount: "50000", estimateCurrency: "USD", priority: "high" });
    const page = (await call("GET", "/needs", "/needs?country=BJ&kind=funding", { as: "unicef" })).body as { data: unknown[] };
    expect(page.data).toEqual([expect.objectContaining({ description: "Actuarial model", estimateAmount: "50000", remaining: "50000", answers: [] })]);
  });
});

describe("creates with an Idempotency-Key", () => {
  const logRadio = async (idempotencyKey: string, title = "Retried radio spot", as = "benin") => {
    const step = await stepOf(database.db, "BJ", "awareness");
    return call("POST", "/countries/{code}/milestones", "/countries/BJ/milestones", { as, idempotencyKey, params: { code: "BJ" }, body: { countryStepId: step.id, title, occurredOn: "2026-04-01" } });
  };
  const milestonesTitled = async (title: string) => (await database.db.select({ n: count() }).from(milestones).where(eq(milestones.title, title)))[0]!.n;
  const auditsOf = async (id: string) => (await database.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, id)))[0]!.n;

  it("answer a retried milestone with the first one, written once and audited once", async () => {
    const first = await logRadio("retry-1");
    const again = await logRadio("retry-1");
    expect(first).toMatchObject({ status: 201 });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await milestonesTitled("Retried radio spot")).toBe(1);
    expect(await auditsOf((first.body as { data: { id: string } }).data.id)).toBe(1);
  });

  it("write once when the same create arrives twice at the same time", async () => {
    const [one, two] = await Promise.all([logRadio("race-1", "Concurrent spot"), logRadio("race-1", "Concurrent spot")]);
    expect((one.body as { data: { id: string } }).data.id).toBe((two.body as { data: { id: string } }).data.id);
    expect(await milestonesTitled("Concurrent spot")).toBe(1);
  });

  it("refuse a key reused for another request, or malformed; keys are each person's own", async () => {
    await logRadio("reuse-1", "First use");
    await expect(logRadio("reuse-1", "Second use")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { "Idempotency-Key": "api.idempotencyKeyReused" } });
    expect(await milestonesTitled("Second use")).toBe(0);
    await expect(logRadio("with space")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { "Idempotency-Key": "api.idempotencyKeyFormat" } });
    await expect(logRadio("")).rejects.toMatchObject({ code: "INVALID" });
    // Togo's member may not log for Benin: the refusal leaves the key unclaimed.
    await expect(logRadio("reuse-1", "First use", "togo")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await database.db.select({ n: count() }).from(idempotencyKeys).where(eq(idempotencyKeys.key, "reuse-1"))).toEqual([{ n: 1 }]);
  });

  it("answer a retried support entry with the first one", async () => {
    const body = { countryCode: "BJ", agencyId: unicefId, kind: "financial", title: "Retried grant", status: "planned", amount: "5000", currency: "USD" };
    const post = () => call("POST", "/support-entries", "/support-entries", { as: "unicef", body, idempotencyKey: "grant-7f3a" });
    const first = await post();
    expect(await post()).toEqual({ ...first, replayed: true });
    expect(await database.db.select({ n: count() }).from(supportEntries).where(eq(supportEntries.title, "Retried grant"))).toEqual([{ n: 1 }]);
  });
});
