/**
 * One delivery in flight per event across instances (decision 2210): two sender processes on one PostgreSQL database
 * send the same due deliveries at the same moment; the receiver gets each event exactly once. PGlite is opened by one
 * process only, so this runs only with DATABASE_URL.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { webhookAttempts, webhookDeliveries } from "@/db/schema";
import { logMilestone } from "@/lib/progress/log-milestone";
import { createCast, madeBeforeAll, stepOf, useTestDatabase } from "@/lib/testing/database";
import { startWebhookReceiver, type WebhookReceiver } from "@/lib/testing/webhook-receiver";
import { startWorkerProcess } from "@/lib/testing/worker-process";
import { registerEndpoint } from "./register-endpoint";
import type { SentDelivery } from "./send-due-deliveries";

const database = useTestDatabase();
const people = madeBeforeAll(() => createCast(database));
const events = 24;
let receiver: WebhookReceiver;

beforeAll(async () => {
  vi.stubEnv("SOCLE_WEBHOOK_ALLOW_PRIVATE", "true");
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await receiver?.close();
});

const startSender = (url: string) => startWorkerProcess<SentDelivery[]>("lib/testing/webhook-sender-process.ts", [url]);

describe.skipIf(!process.env.DATABASE_URL)("two sender processes on one PostgreSQL database (only with DATABASE_URL: PGlite is one process per data folder)", () => {
  it("deliver each event exactly once between them", { timeout: 90_000 }, async () => {
    const { id } = await registerEndpoint(database.db, people.coordinator, { url: receiver.url, eventTypes: ["milestone.logged"] });
    const step = await stepOf(database.db, "BJ", "awareness");
    for (let index = 0; index < events; index++) {
      await logMilestone(database.db, people.benin, { countryStepId: step.id, title: `Event ${index}`, occurredOn: "2024-06-01", sharingLevel: "all" });
    }
    const senders = await Promise.all([startSender(database.url!), startSender(database.url!)]);
    for (const sender of senders) sender.go();
    const [first, second] = await Promise.all(senders.map((sender) => sender.result));

    const ids = receiver.received.map((request) => request.headers["webhook-id"]);
    expect(ids).toHaveLength(events);
    expect(new Set(ids).size).toBe(events);
    expect([...first!, ...second!].map((delivery) => delivery.messageId).sort()).toEqual([...(ids as string[])].sort());
    expect([...first!, ...second!].every((delivery) => delivery.result === "delivered")).toBe(true);
    const delivered = await database.db.select({ state: webhookDeliveries.state, attempts: webhookDeliveries.attempts }).from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id));
    expect(delivered).toHaveLength(events);
    expect(delivered.every((delivery) => delivery.state === "delivered" && delivery.attempts === 1)).toBe(true);
    const [attempts] = await database.db.select({ n: count() }).from(webhookAttempts);
    expect(attempts!.n).toBe(events);
  });
});
