/**
 * Webhook endpoints and the outbox (decision 2210): each event type enqueued by its change, in its transaction; each
 * payload read as the endpoint's owner (a milestone kept to Benin never reaches the ILO adviser's endpoint); the
 * endpoints' own changes with their versions and audit entries; addresses refused at registration.
 */
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, webhookDeliveries } from "@/db/schema";
import { webhookEventTypes } from "@/db/schema/values";
import { AppError } from "@/lib/errors";
import { changeStepStatus } from "@/lib/progress/change-step-status";
import { editMilestone } from "@/lib/progress/edit-milestone";
import { logMilestone } from "@/lib/progress/log-milestone";
import { acceptReport } from "@/lib/rounds/decide-report";
import { openRound } from "@/lib/rounds/open-round";
import { saveReportNarrative } from "@/lib/rounds/save-report-narrative";
import { submitReport } from "@/lib/rounds/submit-report";
import { addNeed } from "@/lib/support/add-need";
import { addSupportEntry } from "@/lib/support/add-support-entry";
import { addSupportTransaction } from "@/lib/support/add-support-transaction";
import { agencyIdOf, createCast, madeBeforeAll, stepOf, useTestDatabase } from "@/lib/testing/database";
import { addressRefusal, isRefusedAddress } from "./address-guard";
import { deleteEndpoint, disableEndpoint, enableEndpoint, rotateEndpointSecret } from "./change-endpoint";
import { editEndpoint } from "./edit-endpoint";
import { getEndpoint, listEndpoints } from "./list-endpoints";
import { registerEndpoint } from "./register-endpoint";

const database = useTestDatabase();
const people = madeBeforeAll(() => createCast(database));
const allEvents = [...webhookEventTypes];

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const deliveriesOf = (endpointId: string) => database.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).orderBy(webhookDeliveries.createdAt);

beforeAll(() => {
  vi.stubEnv("SOCLE_WEBHOOK_ALLOW_PRIVATE", "true");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("the outbox", () => {
  it("enqueues each event type for the endpoints subscribed to it, as each owner may read it", async () => {
    const { db } = database;
    const coordinatorHook = await registerEndpoint(db, people.coordinator, { url: "http://127.0.0.1:9/coordinator", eventTypes: allEvents, description: "Data warehouse" });
    const iloHook = await registerEndpoint(db, people.adviser, { url: "http://127.0.0.1:9/ilo", eventTypes: allEvents });
    const milestonesOnly = await registerEndpoint(db, people.coordinator, { url: "http://127.0.0.1:9/milestones", eventTypes: ["milestone.logged"] });

    const marker = `KEPT-TO-BENIN-${randomUUID()}`;
    const awareness = await stepOf(db, "BJ", "awareness");
    const kept = await logMilestone(db, people.benin, { countryStepId: awareness.id, title: marker, description: marker, occurredOn: "2024-11-10", sharingLevel: "country" });
    const shared = await logMilestone(db, people.benin, { countryStepId: awareness.id, title: "Launch workshop", occurredOn: "2025-03-11", sharingLevel: "all" });
    await editMilestone(db, people.benin, { milestoneId: shared.id, version: 1, title: "Launch workshop, Cotonou", occurredOn: "2025-03-11", description: "" });
    const policy = await stepOf(db, "BJ", "policy_options");
    await changeStepStatus(db, people.benin, { countryStepId: policy.id, version: policy.version, to: "in_progress" });
    const ilo = await agencyIdOf(db, "ILO");
    const entry = await addSupportEntry(db, people.adviser, { countryCode: "BJ", agencyId: ilo, kind: "financial", title: "Awareness grant", status: "ongoing", amount: "50000", currency: "USD" });
    await addSupportTransaction(db, people.adviser, { supportEntryId: entry.id, type: "committed", amount: "50000", occurredOn: "2025-02-01" });
    await addNeed(db, people.benin, { countryCode: "BJ", countryStepId: policy.id, kind: "technical", technicalCategory: "costing_modelling", description: "A costing model", priority: "high" });
    const round = await openRound(db, people.coordinator, { name: "First half 2025", periodStart: "2025-01-01", periodEnd: "2025-06-30", dueOn: "2025-07-31", reminderDaysBefore: 7, countryCodes: ["BJ"] });
    const report = await saveReportNarrative(db, people.benin, { roundId: round.id, countryCode: "BJ", achievements: marker });
    await submitReport(db, people.benin, { id: report.id, version: report.version });
    await acceptReport(db, people.coordinator, { id: report.id, version: report.version + 1 });

    const coordinatorGot = await deliveriesOf(coordinatorHook.id);
    expect(new Set(coordinatorGot.map((delivery) => delivery.eventType))).toEqual(new Set(allEvents));
    expect(coordinatorGot.every((delivery) => delivery.state === "pending" && delivery.messageId.startsWith("msg_"))).toBe(true);
    const logged = coordinatorGot.filter((delivery) => delivery.eventType === "milestone.logged");
    expect(logged.map((delivery) => (delivery.payload.data as { milestone: { title: string } }).milestone.title)).toEqual([marker, "Launch workshop"]);
    expect(logged[0]!.payload).toMatchObject({ type: "milestone.logged", data: { milestone: { id: kept.id, countryCode: "BJ", sharingLevel: "country", deleted: false } } });
    expect(typeof logged[0]!.payload.timestamp).toBe("string");
    const transaction = coordinatorGot.find((delivery) => delivery.eventType === "support.transaction_changed")!;
    expect(transaction.payload.data).toMatchObject({ supportEntry: { id: entry.id, title: "Awareness grant" }, transaction: { type: "committed", currency: "USD" } });
    // A report's event says its state, never its narrative.
    expect(JSON.stringify(coordinatorGot.filter((delivery) => delivery.eventType.startsWith("report.")))).not.toContain(marker);

    // The adviser reads only what is shared with all, and a report of Benin only once accepted (their agency supports Benin).
    const iloGot = await deliveriesOf(iloHook.id);
    expect(JSON.stringify(iloGot)).not.toContain(marker);
    expect(iloGot.filter((delivery) => delivery.eventType === "milestone.logged").map((delivery) => (delivery.payload.data as { milestone: { id: string } }).milestone.id)).toEqual([shared.id]);
    expect(iloGot.map((delivery) => delivery.eventType)).toContain("report.accepted");
    expect(iloGot.map((delivery) => delivery.eventType)).not.toContain("report.submitted");

    expect((await deliveriesOf(milestonesOnly.id)).map((delivery) => delivery.eventType)).toEqual(["milestone.logged", "milestone.logged"]);

    // Shared with all afterwards: the adviser then hears of it, as changed.
    await editMilestone(db, people.benin, { milestoneId: kept.id, version: 1, title: "Now shared", occurredOn: "2024-11-10", description: "", sharingLevel: "all" });
    const changed = (await deliveriesOf(iloHook.id)).filter((delivery) => delivery.eventType === "milestone.changed").at(-1)!;
    expect(changed.payload.data).toMatchObject({ milestone: { id: kept.id, title: "Now shared", sharingLevel: "all" } });
  });

  it("enqueues nothing for a disabled or deleted endpoint, and nothing when the change is rolled back", async () => {
    const { db } = database;
    const hook = await registerEndpoint(db, people.coordinator, { url: "http://127.0.0.1:9/off", eventTypes: ["milestone.logged"] });
    await disableEndpoint(db, people.coordinator, { id: hook.id, version: 1 });
    const step = await stepOf(db, "TG", "awareness");
    await logMilestone(db, people.togo, { countryStepId: step.id, title: "While disabled", occurredOn: "2025-01-02" });
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    await enableEndpoint(db, people.coordinator, { id: hook.id, version: 2 });
    // A refused change (a working group outside its country) leaves no delivery behind.
    await refusal(logMilestone(db, people.togo, { countryStepId: (await stepOf(db, "BJ", "awareness")).id, title: "Refused", occurredOn: "2025-01-02" }));
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    await logMilestone(db, people.togo, { countryStepId: step.id, title: "Enabled again", occurredOn: "2025-01-03" });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
    await deleteEndpoint(db, people.coordinator, { id: hook.id, version: 3 });
    await logMilestone(db, people.togo, { countryStepId: step.id, title: "After deletion", occurredOn: "2025-01-04" });
    // The one waiting when it was deleted is given up, so the sender never walks it again.
    expect(await deliveriesOf(hook.id)).toMatchObject([{ state: "failed", lastError: "endpoint deleted" }]);
  });
});

describe("endpoints", () => {
  it("are their owner's: edited from the version read, the secret rotated, every change audited without the secret", async () => {
    const { db } = database;
    const { id } = await registerEndpoint(db, people.coordinator, { url: "http://127.0.0.1:9/mine", eventTypes: ["need.recorded"] });
    const first = await getEndpoint(db, people.coordinator, id);
    expect(first.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(first.secret.slice(6), "base64")).toHaveLength(24);
    // Another coordinator does not even see it.
    const other = await createCast(database);
    expect((await refusal(getEndpoint(db, other.coordinator, id))).code).toBe("NOT_FOUND");
    expect((await listEndpoints(db, other.coordinator)).map((endpoint) => endpoint.id)).not.toContain(id);
    expect((await refusal(listEndpoints(db, people.benin))).code).toBe("FORBIDDEN");

    await editEndpoint(db, people.coordinator, { id, version: 1, url: "http://127.0.0.1:9/mine-too", eventTypes: ["need.recorded", "report.accepted"], description: "Both" });
    const stale = await refusal(editEndpoint(db, people.coordinator, { id, version: 1, url: "http://127.0.0.1:9/stale", eventTypes: ["need.recorded"] }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.current).toMatchObject({ url: "http://127.0.0.1:9/mine-too", version: 2 });
    await rotateEndpointSecret(db, people.coordinator, { id, version: 2 });
    const rotated = await getEndpoint(db, people.coordinator, id);
    expect(rotated.secret).not.toBe(first.secret);
    expect((await refusal(editEndpoint(db, people.coordinator, { id, version: 3, url: "http://127.0.0.1:9/x", eventTypes: [] }))).fieldErrors).toHaveProperty("eventTypes");

    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), inArray(auditLog.action, ["webhook.register", "webhook.edit", "webhook.rotateSecret"])));
    expect(audits.map((entry) => entry.action).sort()).toEqual(["webhook.edit", "webhook.register", "webhook.rotateSecret"]);
    expect(JSON.stringify(audits)).not.toContain(first.secret.slice(6));
    expect(JSON.stringify(audits)).not.toContain(rotated.secret.slice(6));
  });

  it("are an adviser's for their own agency only", async () => {
    const { db } = database;
    const unicef = await agencyIdOf(db, "UNICEF");
    expect((await refusal(registerEndpoint(db, people.adviser, { url: "http://127.0.0.1:9/u", eventTypes: ["need.recorded"], agencyId: unicef }))).code).toBe("FORBIDDEN");
    expect((await refusal(registerEndpoint(db, people.reviewer, { url: "http://127.0.0.1:9/r", eventTypes: ["need.recorded"] }))).code).toBe("FORBIDDEN");
    const { id } = await registerEndpoint(db, people.adviser, { url: "http://127.0.0.1:9/ilo-2", eventTypes: ["need.recorded"] });
    expect((await getEndpoint(db, people.adviser, id)).agencyId).toBe(await agencyIdOf(db, "ILO"));
  });

  it("refuse private, loopback and link-local addresses, also behind a name, unless the setting allows them", async () => {
    vi.stubEnv("SOCLE_WEBHOOK_ALLOW_PRIVATE", "false");
    try {
      const refused = [
        "https://127.0.0.1/hook",
        "https://localhost/hook", // a name resolving to 127.0.0.1
        "https://10.1.2.3/",
        "https://172.16.0.1/",
        "https://192.168.1.1/",
        "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/",
        "https://0.0.0.0/",
        "https://224.0.0.1/",
        "https://[::1]/",
        "https://[::]/",
        "https://[::ffff:127.0.0.1]/",
        "https://[::ffff:a9fe:a9fe]/",
        "https://[fd12:3456::1]/",
        "https://[fe80::1]/",
        "https://[ff02::1]/",
      ];
      for (const url of refused) expect([url, await addressRefusal(url)]).toEqual([url, "webhooks.rules.private"]);
      expect(await addressRefusal("http://93.184.215.14/hook")).toBe("webhooks.rules.https");
      expect(await addressRefusal("https://93.184.215.14/hook")).toBeNull();
      expect(await addressRefusal("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook")).toBeNull();
      expect(await addressRefusal("https://no-such-host.invalid/hook")).toBe("webhooks.rules.unresolved");
      const error = await refusal(registerEndpoint(database.db, people.coordinator, { url: "https://localhost:8443/hook", eventTypes: ["need.recorded"] }));
      expect(error.fieldErrors).toEqual({ url: "webhooks.rules.private" });
    } finally {
      vi.stubEnv("SOCLE_WEBHOOK_ALLOW_PRIVATE", "true");
    }
    expect(await addressRefusal("http://127.0.0.1:9/hook")).toBeNull();
  });

  it("judge addresses in every form", () => {
    for (const address of ["127.0.0.1", "127.255.0.1", "10.0.0.1", "::1", "::ffff:10.0.0.1", "::ffff:7f00:1", "fc00::1", "fe80::1%eth0", "not an address"]) expect([address, isRefusedAddress(address)]).toEqual([address, true]);
    for (const address of ["8.8.8.8", "93.184.215.14", "2001:4860:4860::8888", "::ffff:8.8.8.8"]) expect([address, isRefusedAddress(address)]).toEqual([address, false]);
  });
});
