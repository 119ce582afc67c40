/**
 * Sending webhooks (decision 2210): signed as the Standard Webhooks specification says (its own test vector, and a
 * receiver written from the specification verifying real deliveries); retries with backoff kept in the database, a
 * crashed sender's claim running out; a 410 or ten failures disabling the endpoint with a notice to its owner; private
 * addresses refused again at delivery, after the name is resolved.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, notifications, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { logMilestone } from "@/lib/progress/log-milestone";
import { createCast, madeBeforeAll, stepOf, useTestDatabase } from "@/lib/testing/database";
import { startWebhookReceiver, verifyStandardWebhook, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { getEndpoint } from "./list-endpoints";
import { maxAttempts } from "./record-attempt";
import { registerEndpoint } from "./register-endpoint";
import { sendDueDeliveries } from "./send-due-deliveries";
import { sendTestEvent } from "./send-test-event";
import { signWebhook } from "./signature";
import { startWebhookSender } from "./start-webhook-sender";

const database = useTestDatabase();
const people = madeBeforeAll(() => createCast(database));
let receiver: WebhookReceiver;

beforeAll(async () => {
  vi.stubEnv("SOCLE_WEBHOOK_ALLOW_PRIVATE", "true");
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await receiver.close();
});

const vector = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const at = (date: Date) => () => date;
const send = (now: Date, allowPrivate = true) => sendDueDeliveries(database.db, { now: at(now), allowPrivate, timeoutSeconds: 5 });
/** What became of one endpoint's deliveries in a round (other tests' endpoints are sent to in the same rounds). */
const resultsFor = async (endpointId: string, now: Date, allowPrivate = true) =>
  (await send(now, allowPrivate)).filter((delivery) => delivery.endpointId === endpointId).map((delivery) => delivery.result);
const deliveryOf = async (endpointId: string) => (await database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)))[0]!;

async function endpointWithOneEvent(path: string) {
  const { id } = await registerEndpoint(database.db, people.coordinator, { url: receiver.url.replace("/hook", path), eventTypes: ["milestone.logged"] });
  const step = await stepOf(database.db, "BJ", "awareness");
  await logMilestone(database.db, people.benin, { countryStepId: step.id, title: `For ${path}`, occurredOn: "2024-05-01", sharingLevel: "all" });
  return id;
}

describe("the signature", () => {
  it("is the specification's own test vector, and the receiver written from the specification accepts it", () => {
    expect(signWebhook(vector.secret, vector.id, vector.timestamp, vector.body)).toBe(vector.signature);
    const headers = { "webhook-id": vector.id, "webhook-timestamp": String(vector.timestamp), "webhook-signature": `v1,bm90IHRoaXMgb25l ${vector.signature}` };
    expect(verifyStandardWebhook(vector.secret, headers, vector.body, vector.timestamp * 1000)).toBe(true);
    expect(verifyStandardWebhook(vector.secret, headers, '{"test": 2432232315}', vector.timestamp * 1000)).toBe(false);
    expect(verifyStandardWebhook(vector.secret, headers, vector.body, (vector.timestamp + 600) * 1000)).toBe(false);
  });
});

describe("delivery", () => {
  it("posts the exact payload, signed, records the attempt, and is verified by the receiver", async () => {
    const id = await endpointWithOneEvent("/signed");
    const now = new Date();
    expect(await resultsFor(id, now)).toEqual(["delivered"]);
    const request = receiver.received.find((received) => received.path === "/signed")!;
    const { secret } = await getEndpoint(database.db, people.coordinator, id);
    expect(verifyStandardWebhook(secret, request.headers, request.body)).toBe(true);
    expect(verifyStandardWebhook(vector.secret, request.headers, request.body)).toBe(false);
    const delivery = await deliveryOf(id);
    expect(request.headers["webhook-id"]).toBe(delivery.messageId);
    expect(JSON.parse(request.body)).toEqual(delivery.payload);
    expect(JSON.parse(request.body)).toMatchObject({ type: "milestone.logged", data: { milestone: { title: "For /signed" } } });
    expect(delivery).toMatchObject({ state: "delivered", attempts: 1, lastStatusCode: 200, claimedUntil: null });
    const attempts = await database.db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    expect(attempts).toMatchObject([{ statusCode: 200, error: null }]);
    // Sent once: another round finds nothing due.
    expect(await resultsFor(id, new Date())).toEqual([]);
  });

  it("retries with the specification's backoff, kept in the database, honouring Retry-After, with the same id", async () => {
    receiver.answer("/flaky", 500);
    const id = await endpointWithOneEvent("/flaky");
    const start = new Date();
    expect(await resultsFor(id, start)).toEqual(["retry"]);
    let delivery = await deliveryOf(id);
    expect(delivery).toMatchObject({ state: "pending", attempts: 1, lastStatusCode: 500 });
    const firstDelay = (delivery.nextAttemptAt.getTime() - start.getTime()) / 1000;
    expect(firstDelay).toBeGreaterThanOrEqual(4.5);
    expect(firstDelay).toBeLessThanOrEqual(5.5);
    // Not due yet: nothing sent.
    expect(await resultsFor(id, new Date(start.getTime() + 3000))).toEqual([]);

    // A new sender (a restarted server) finds the retry in the database when it falls due.
    const second = new Date(start.getTime() + 6000);
    receiver.answer("/flaky", 429, "3600");
    expect(await resultsFor(id, second)).toEqual(["retry"]);
    delivery = await deliveryOf(id);
    expect(delivery.attempts).toBe(2);
    expect((delivery.nextAttemptAt.getTime() - second.getTime()) / 1000).toBeGreaterThanOrEqual(3600);

    receiver.answer("/flaky", 200);
    expect(await resultsFor(id, new Date(second.getTime() + 3_601_000))).toEqual(["delivered"]);
    const ids = receiver.received.filter((received) => received.path === "/flaky").map((received) => received.headers["webhook-id"]);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect((await getEndpoint(database.db, people.coordinator, id)).consecutiveFailures).toBe(0);
  });

  it("sends a delivery a crashed sender had claimed once its claim runs out", async () => {
    const id = await endpointWithOneEvent("/crashed");
    const claimedUntil = new Date(Date.now() + 60_000);
    // As a sender that claimed it and stopped before sending.
    await database.db.update(webhookDeliveries).set({ state: "sending", claimedUntil }).where(eq(webhookDeliveries.endpointId, id));
    expect(await resultsFor(id, new Date())).toEqual([]);
    expect(await resultsFor(id, new Date(claimedUntil.getTime() + 1000))).toEqual(["delivered"]);
    expect(receiver.received.filter((received) => received.path === "/crashed")).toHaveLength(1);
  });

  it("disables the endpoint at once on a 410 Gone, with a notice and an audit entry, and then sends it nothing", async () => {
    receiver.answer("/gone", 410);
    const id = await endpointWithOneEvent("/gone");
    expect(await resultsFor(id, new Date())).toEqual(["gone"]);
    const endpoint = await getEndpoint(database.db, people.coordinator, id);
    expect(endpoint.disabledReason).toBe("gone");
    expect(endpoint.disabledAt).not.toBeNull();
    const notices = await database.db.select().from(notifications).where(and(eq(notifications.userId, people.coordinator.userId), eq(notifications.kind, "webhook_disabled")));
    expect(notices.map((notice) => notice.link)).toContain(`/settings/webhooks/${id}`);
    const [audited] = await database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "webhook.disable")));
    expect(audited!.after).toEqual({ disabled: true, reason: "gone" });
    await logMilestone(database.db, people.benin, { countryStepId: (await stepOf(database.db, "BJ", "awareness")).id, title: "After 410", occurredOn: "2024-05-02", sharingLevel: "all" });
    expect(await database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id))).toHaveLength(1);
  });

  it("gives a delivery up after its tenth failed attempt and disables the endpoint", async () => {
    receiver.answer("/failing", 503);
    const id = await endpointWithOneEvent("/failing");
    await database.db.update(webhookDeliveries).set({ attempts: maxAttempts - 1 }).where(eq(webhookDeliveries.endpointId, id));
    expect(await resultsFor(id, new Date())).toEqual(["failed"]);
    expect(await deliveryOf(id)).toMatchObject({ state: "failed", attempts: maxAttempts, lastStatusCode: 503 });
    expect((await getEndpoint(database.db, people.coordinator, id)).disabledReason).toBe("failing");
  });

  it("refuses at delivery an address that is, or resolves to, a loopback one, without connecting", async () => {
    const literal = await endpointWithOneEvent("/literal");
    const named = await registerEndpoint(database.db, people.coordinator, { url: receiver.url.replace("127.0.0.1", "localhost").replace("/hook", "/named"), eventTypes: ["milestone.logged"] });
    await logMilestone(database.db, people.benin, { countryStepId: (await stepOf(database.db, "BJ", "awareness")).id, title: "To a name", occurredOn: "2024-05-03", sharingLevel: "all" });
    const before = receiver.received.length;
    await send(new Date(), false);
    expect(receiver.received.length).toBe(before);
    for (const endpointId of [literal, named.id]) {
      const delivery = await deliveryOf(endpointId);
      expect(delivery).toMatchObject({ state: "pending", attempts: 1, lastStatusCode: null });
      expect(delivery.lastError).toMatch(/refused/);
    }
  });

  it("stops once the round under way has ended, and sends nothing after", async () => {
    const id = await endpointWithOneEvent("/stopping");
    const stop = startWebhookSender(database.db, { intervalSeconds: 3600 });
    // The round at start is sending the event: the stop waits for it.
    await stop();
    const toStopping = () => receiver.received.filter((request) => request.path === "/stopping");
    expect(toStopping()).toHaveLength(1);
    expect(await deliveryOf(id)).toMatchObject({ state: "delivered", attempts: 1 });
    // A change that would wake a running sender at once wakes nothing now.
    await sendTestEvent(database.db, people.coordinator, { id });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(toStopping()).toHaveLength(1);
  });

  it("sends a test event from the button, woken at once by the sender running in the server", async () => {
    const { id } = await registerEndpoint(database.db, people.coordinator, { url: receiver.url.replace("/hook", "/test"), eventTypes: ["need.recorded"] });
    const stop = startWebhookSender(database.db, { intervalSeconds: 3600 });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { messageId } = await sendTestEvent(database.db, people.coordinator, { id });
      const got = await receiver.waitFor("/test", 1, 10_000);
      const request = got.find((received) => received.headers["webhook-id"] === messageId)!;
      expect(JSON.parse(request.body)).toMatchObject({ type: "webhook.test", data: { endpointId: id } });
      expect(verifyStandardWebhook((await getEndpoint(database.db, people.coordinator, id)).secret, request.headers, request.body)).toBe(true);
    } finally {
      await stop();
    }
    const [endpoint] = await database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(endpoint!.consecutiveFailures).toBe(0);
  });
});
