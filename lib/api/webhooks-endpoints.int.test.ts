/**
 * Webhook endpoints through the API's core, on a real database: a coordinator registers one (the answer holds its
 * secret), edits it, rotates the secret, disables, enables, tests and deletes it; a stale version answers 409 with the
 * endpoint as it stands; a working group member is refused; a private address and bad input change nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseFingerprint } from "@/db/fingerprint";
import type { Actor } from "@/lib/actor";
import { createPerson, madeBeforeAll, useTestDatabase } from "@/lib/testing/database";
import type { HttpMethod } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

const database = useTestDatabase();
const people = madeBeforeAll(async () => ({
  coordinator: await createPerson(database, { role: "coordinator" }),
  member: await createPerson(database, { role: "working_group_member", countryCode: "MZ" }),
}));

type Answer = { status: number; body: { data: Record<string, unknown> & { id?: string; version?: number }; total?: number } };

async function api(actor: Actor, method: HttpMethod, path: string, params: Record<string, string> = {}, body?: unknown): Promise<Answer> {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
  const request = new Request(`http://socle.test/api/v1${url}`, {
    method,
    headers: { host: "socle.test", origin: "http://socle.test", "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await handleApiRequest(findEndpoint(method, path.replace(/\?.*$/, "")), request, params, { db: database.db, authenticate: async () => ({ actor, via: "session" }) })) as Answer;
}

async function refusedUnchanged(request: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await databaseFingerprint(database.db);
  await expect(request()).rejects.toMatchObject(expected);
  expect(await databaseFingerprint(database.db)).toBe(before);
}

beforeAll(() => {
  vi.stubEnv("SOCLE_WEBHOOK_ALLOW_PRIVATE", "false");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("webhook endpoints through /api/v1", () => {
  it("are registered, edited, rotated, switched, tested and deleted by their owner", async () => {
    const registered = await api(people.coordinator, "POST", "/webhooks", {}, { url: "https://93.184.215.14/socle", eventTypes: ["milestone.logged"], description: "Warehouse" });
    expect(registered.status).toBe(201);
    expect(registered.body.data).toMatchObject({ url: "https://93.184.215.14/socle", disabled: false, version: 1, agencyId: null });
    const id = registered.body.data.id!;
    const secret = registered.body.data.secret as string;
    expect(secret).toMatch(/^whsec_/);

    const edited = await api(people.coordinator, "PATCH", "/webhooks/{id}", { id }, { version: 1, url: "https://93.184.215.14/socle-2", eventTypes: ["milestone.logged", "need.recorded"] });
    expect(edited.body.data).toMatchObject({ url: "https://93.184.215.14/socle-2", version: 2, eventTypes: ["milestone.logged", "need.recorded"] });
    await refusedUnchanged(() => api(people.coordinator, "PATCH", "/webhooks/{id}", { id }, { version: 1, url: "https://93.184.215.14/x", eventTypes: ["need.recorded"] }), {
      code: "CONFLICT",
      current: { url: "https://93.184.215.14/socle-2", version: 2 },
    });
    const rotated = await api(people.coordinator, "POST", "/webhooks/{id}/rotate-secret", { id }, { version: 2 });
    expect(rotated.body.data.secret).not.toBe(secret);
    expect((await api(people.coordinator, "POST", "/webhooks/{id}/disable", { id }, { version: 3 })).body.data).toMatchObject({ disabled: true, disabledReason: "owner" });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/webhooks/{id}/test", { id }), { code: "INVALID" });
    expect((await api(people.coordinator, "POST", "/webhooks/{id}/enable", { id }, { version: 4 })).body.data).toMatchObject({ disabled: false, version: 5 });
    const tested = await api(people.coordinator, "POST", "/webhooks/{id}/test", { id });
    expect(tested.body.data.messageId).toMatch(/^msg_/);
    const log = await api(people.coordinator, "GET", "/webhooks/{id}/deliveries", { id });
    expect(log.body.total).toBe(1);
    expect(log.body.data).toMatchObject([{ eventType: "webhook.test", state: "pending", attempts: 0, attemptLog: [] }]);
    expect((await api(people.coordinator, "GET", "/webhooks")).body.data).toHaveLength(1);

    const deleted = await api(people.coordinator, "DELETE", "/webhooks/{id}?version=5", { id });
    expect(deleted.body.data).toEqual({ id, deleted: true });
    await refusedUnchanged(() => api(people.coordinator, "GET", "/webhooks/{id}", { id }), { code: "NOT_FOUND" });
    expect((await api(people.coordinator, "GET", "/webhooks")).body.data).toHaveLength(0);
  });

  it("refuse others, private addresses and bad input, changing nothing", async () => {
    await refusedUnchanged(() => api(people.member, "POST", "/webhooks", {}, { url: "https://93.184.215.14/socle", eventTypes: ["milestone.logged"] }), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.member, "GET", "/webhooks"), { code: "FORBIDDEN" });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/webhooks", {}, { url: "https://127.0.0.1/socle", eventTypes: ["milestone.logged"] }), {
      code: "INVALID",
      fieldErrors: { url: "webhooks.rules.private" },
    });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/webhooks", {}, { url: "https://[::ffff:169.254.169.254]/", eventTypes: ["milestone.logged"] }), { code: "INVALID" });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/webhooks", {}, { url: "ftp://example.org/", eventTypes: ["milestone.logged"] }), { code: "INVALID" });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/webhooks", {}, { url: "https://93.184.215.14/", eventTypes: ["nothing.happened"] }), { code: "INVALID" });
    await refusedUnchanged(() => api(people.coordinator, "POST", "/webhooks", {}, { url: "https://93.184.215.14/", eventTypes: [] }), { code: "INVALID" });
  });
});
