/**
 * The assessment matrix's endpoints through the API's core, on a real database: Mozambique's working group writes
 * its matrix (add, edit, move, decide, withdraw, restore, endorse at a dialogue, share), a Togo member and an
 * adviser write nothing, and nobody outside reads a matrix kept to Mozambique; conflicts and retried creates.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/actor";
import { createSchemeCast, fingerprintOf } from "@/lib/assessment/test-helpers";
import { logMilestone } from "@/lib/progress/log-milestone";
import { stepOf, useTestDatabase } from "@/lib/testing/database";
import type { HttpMethod } from "./endpoint";
import { findEndpoint } from "./endpoints";
import { handleApiRequest } from "./handle-api-request";

// One word, so that a search or a JSON body shows it whole.
const marker = `zqmatrix${randomBytes(4).toString("hex")}`;

const database = useTestDatabase();
let people: Awaited<ReturnType<typeof createSchemeCast>>;
beforeAll(async () => {
  people = await createSchemeCast(database);
});

type Item = { id: string; version: number; position: number; status: string | null; statement: string; endorsedInVersion: number | null };
type Answer = { status: number; body: { data: Record<string, unknown> } };

async function api(actor: Actor, method: HttpMethod, path: string, url: string, options: { params?: Record<string, string>; body?: unknown; key?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { host: "socle.test", origin: "http://socle.test", "content-type": "application/json" };
  if (options.key) headers["idempotency-key"] = options.key;
  const request = new Request(`http://socle.test/api/v1${url}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  return (await handleApiRequest(findEndpoint(method, path), request, options.params ?? {}, { db: database.db, authenticate: async () => ({ actor, via: "session" }) })) as Answer;
}

const add = (actor: Actor, body: Record<string, unknown>, key?: string) =>
  api(actor, "POST", "/countries/{code}/assessment/items", "/countries/MZ/assessment/items", { params: { code: "mz" }, body, key });
const onItem = (actor: Actor, method: HttpMethod, suffix: string, id: string, body?: unknown) =>
  api(actor, method, `/assessment/items/{id}${suffix}`, `/assessment/items/${id}${suffix}`, { params: { id }, body });
const matrixOf = async (actor: Actor) => (await api(actor, "GET", "/countries/{code}/assessment", "/countries/MZ/assessment", { params: { code: "MZ" } })).body.data;
const item = (answer: Answer) => answer.body.data as unknown as Item;

const gap = { guarantee: "children", section: "policy_gap", statement: `No benefit for children under five ${marker}` };
const recommendation = { guarantee: "children", section: "recommendation", statement: "Extend the child grant to all children under five", recommendationKind: "benefit_coverage", priority: "high" };

describe("writing Mozambique's matrix through /api/v1", () => {
  it("lets its working group add, edit, move, withdraw and restore items, with versions and 409s", async () => {
    const first = await add(people.mozambique, gap, "mz-gap-1");
    expect(first).toMatchObject({ status: 201, body: { data: { countryCode: "MZ", section: "policy_gap", position: 1, version: 1, status: null, withdrawn: false } } });
    // A retried create answers the same and adds nothing.
    const retried = await add(people.mozambique, gap, "mz-gap-1");
    expect(item(retried).id).toBe(item(first).id);
    const second = item(await add(people.mozambique, { ...gap, statement: "Birth registration is low in rural districts" }));
    expect(second.position).toBe(2);

    const edited = item(await onItem(people.mozambiqueColleague, "PATCH", "", second.id, { version: 1, statement: "Birth registration below 50% in rural districts", details: "DHS 2022" }));
    expect(edited).toMatchObject({ version: 2, statement: "Birth registration below 50% in rural districts" });
    await expect(onItem(people.mozambique, "PATCH", "", second.id, { version: 1, statement: "Stale" })).rejects.toMatchObject({ code: "CONFLICT" });

    const moved = item(await onItem(people.mozambique, "POST", "/move", second.id, { version: 2, direction: "up" }));
    expect(moved).toMatchObject({ position: 1, version: 3 });
    const withdrawn = await onItem(people.mozambique, "POST", "/withdraw", second.id, { version: 3, reason: "Recorded under health" });
    expect(withdrawn.body.data).toMatchObject({ withdrawn: true, withdrawalReason: "Recorded under health" });
    const restored = await onItem(people.mozambique, "POST", "/restore", second.id, { version: 4 });
    expect(restored.body.data).toMatchObject({ withdrawn: false, version: 5 });

    const history = await api(people.mozambique, "GET", "/assessment/items/{id}/history", `/assessment/items/${second.id}/history?page=1`, { params: { id: second.id } });
    expect((history.body as unknown as { data: { action: string }[] }).data.map((entry) => entry.action)).toEqual([
      "assessment.restore",
      "assessment.withdraw",
      "assessment.move",
      "assessment.edit",
      "assessment.add",
    ]);
  });

  it("refuses a recommendation without kind or priority, field by field", async () => {
    await expect(add(people.mozambique, { ...recommendation, recommendationKind: undefined, priority: undefined })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { recommendationKind: "assessmentRules.kindRequired", priority: "assessmentRules.priorityRequired" },
    });
  });

  it("endorses the matrix at a dialogue, serves the version and what the draft changed since, and shares it", async () => {
    const proposal = item(await add(people.mozambique, recommendation));
    expect(proposal.status).toBe("proposed");
    const step = await stepOf(database.db, "MZ", "policy_options");
    const dialogue = await logMilestone(database.db, people.mozambique, {
      countryStepId: step.id,
      title: "National dialogue on the floor",
      occurredOn: "2026-05-12",
      links: [{ url: "https://example.org/minutes", title: "Minutes" }],
    });
    const { version } = await matrixOf(people.mozambique);
    await expect(
      api(people.mozambique, "POST", "/countries/{code}/assessment/endorse", "/countries/MZ/assessment/endorse", { params: { code: "MZ" }, body: { version: (version as number) - 1, milestoneId: dialogue.id, recommendationIds: [proposal.id] } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const endorsed = await api(people.mozambique, "POST", "/countries/{code}/assessment/endorse", "/countries/MZ/assessment/endorse", {
      params: { code: "MZ" },
      body: { version, milestoneId: dialogue.id, recommendationIds: [proposal.id] },
      key: "mz-endorse-1",
    });
    expect(endorsed).toMatchObject({ status: 201, body: { data: { version: { number: 1, endorsedOn: "2026-05-12" }, latestNumber: 1, sinceThen: { added: [], changed: [], removed: [] } } } });

    const now = item(await onItem(people.mozambique, "GET", "", proposal.id));
    expect(now).toMatchObject({ status: "endorsed", endorsedOn: "2026-05-12", endorsedInVersion: 1 });
    await onItem(people.mozambique, "PATCH", "", proposal.id, { version: now.version, statement: "Extend the child grant to all children under six", recommendationKind: "benefit_coverage", priority: "high" });
    const adopted = item(await onItem(people.mozambique, "POST", "/decide", proposal.id, { version: now.version + 1, status: "adopted", decidedOn: "2026-09-01" }));
    expect(adopted.status).toBe("adopted");

    const compared = await api(people.coordinator, "GET", "/countries/{code}/assessment/versions/{number}", "/countries/MZ/assessment/versions/1", { params: { code: "MZ", number: "1" } });
    const sinceThen = compared.body.data.sinceThen as { changed: { fields: string[] }[] };
    expect(sinceThen.changed.map((change) => change.fields)).toEqual([["statement", "status"]]);
    expect((await matrixOf(people.mozambique)).changedSinceEndorsed).toBe(true);

    const before = await matrixOf(people.mozambique);
    const shared = await api(people.mozambique, "POST", "/countries/{code}/assessment/sharing", "/countries/MZ/assessment/sharing", { params: { code: "MZ" }, body: { version: before.version, sharingLevel: "all" } });
    expect(shared.body.data).toMatchObject({ sharingLevel: "all", version: (before.version as number) + 1 });
    expect(await matrixOf(people.togo)).toMatchObject({ readable: true, itemCount: 3 });
    // Kept to the country again, for the tests that follow.
    await api(people.mozambique, "POST", "/countries/{code}/assessment/sharing", "/countries/MZ/assessment/sharing", { params: { code: "MZ" }, body: { version: (before.version as number) + 1, sharingLevel: "country" } });
  });
});

describe("who may not write or read Mozambique's matrix", () => {
  it("refuses every write by a Togo member, an adviser and a reviewer, and changes nothing", async () => {
    const { body } = await add(people.mozambique, { ...gap, statement: "Probe target" });
    const target = body.data as unknown as Item;
    const matrix = await matrixOf(people.mozambique);
    const before = await fingerprintOf(database);
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      const writes = [
        () => add(outsider, gap),
        () => onItem(outsider, "PATCH", "", target.id, { version: 1, statement: "Forged" }),
        () => onItem(outsider, "POST", "/move", target.id, { version: 1, direction: "up" }),
        () => onItem(outsider, "POST", "/withdraw", target.id, { version: 1, reason: "Forged" }),
        () => onItem(outsider, "POST", "/restore", target.id, { version: 1 }),
        () => onItem(outsider, "POST", "/decide", target.id, { version: 1, status: "dropped", decidedOn: "2026-01-01", reason: "Forged" }),
        () => api(outsider, "POST", "/countries/{code}/assessment/sharing", "/countries/MZ/assessment/sharing", { params: { code: "MZ" }, body: { version: matrix.version, sharingLevel: "all" } }),
        () => api(outsider, "POST", "/countries/{code}/assessment/endorse", "/countries/MZ/assessment/endorse", { params: { code: "MZ" }, body: { version: matrix.version, milestoneId: target.id, recommendationIds: [] } }),
      ];
      for (const write of writes) await expect(write()).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    }
    expect(await fingerprintOf(database)).toBe(before);
  });

  it("lets a Togo member write Togo's matrix, and an adviser none", async () => {
    const togo = await api(people.togo, "POST", "/countries/{code}/assessment/items", "/countries/TG/assessment/items", { params: { code: "TG" }, body: gap });
    expect(togo.status).toBe(201);
    await expect(api(people.adviser, "POST", "/countries/{code}/assessment/items", "/countries/TG/assessment/items", { params: { code: "TG" }, body: gap })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps a matrix kept to its country from outsiders: empty matrix, items and versions not found", async () => {
    const kept = item(await add(people.mozambique, gap));
    for (const outsider of [people.togo, people.adviser, people.reviewer]) {
      const matrix = await matrixOf(outsider);
      expect(matrix).toMatchObject({ readable: false, itemCount: 0, versions: [] });
      expect(JSON.stringify(matrix)).not.toContain(marker);
      await expect(onItem(outsider, "GET", "", kept.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api(outsider, "GET", "/assessment/items/{id}/history", `/assessment/items/${kept.id}/history`, { params: { id: kept.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api(outsider, "GET", "/countries/{code}/assessment/versions/{number}", "/countries/MZ/assessment/versions/1", { params: { code: "MZ", number: "1" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(JSON.stringify(await matrixOf(people.coordinator))).toContain(marker);
  });
});
