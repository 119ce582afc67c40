/**
 * The offline queue's record on the device (decision 1100), on an in-memory IndexedDB: what several tabs of one
 * person write to it, what each keeps of the others', and what is read back after a reload.
 */
import "fake-indexeddb/auto";
import { type DehydratedState, dehydrate, onlineManager, QueryClient } from "@tanstack/react-query";
import type { PersistedClient } from "@tanstack/react-query-persist-client";
import { createStore, set } from "idb-keyval";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QueuedCreate, RefusedSave, refusalOf } from "./queue";
import { createQueuePersister, keepInQueue } from "./queue-persister";

const create = (idempotencyKey: string, queued = true): QueuedCreate => ({ idempotencyKey, fields: [["title", idempotencyKey]], files: [], queued, preview: null });

/** A tab: its own query client, whose creates wait for the connection. */
function tab() {
  const client = new QueryClient();
  return {
    client,
    queue(key: string) {
      void client.getMutationCache().build(client, { mutationKey: ["logMilestone", "step"], mutationFn: async () => ({ status: "success" }) }).execute(create(key)).catch(() => undefined);
    },
    async refuse(key: string) {
      const mutation = client.getMutationCache().build(client, {
        mutationKey: ["logMilestone", "step"],
        networkMode: "always",
        mutationFn: async () => {
          throw new RefusedSave({ status: "error", message: "The step changed meanwhile." });
        },
      });
      await mutation.execute(create(key)).catch(() => undefined);
    },
    /** The create left the queue here: sent, or dismissed. */
    forget(key: string) {
      const mutation = client.getMutationCache().getAll().find((each) => (each.state.variables as QueuedCreate).idempotencyKey === key);
      client.getMutationCache().remove(mutation!);
    },
    persisted(): PersistedClient {
      return { timestamp: Date.now(), buster: "", clientState: dehydrate(client, { shouldDehydrateQuery: () => false, shouldDehydrateMutation: keepInQueue }) };
    },
  };
}

const keysIn = (state: DehydratedState | undefined) => (state?.mutations ?? []).map((mutation) => (mutation.state.variables as QueuedCreate).idempotencyKey).sort();
const restored = async (userId: string) => (await createQueuePersister(userId).restoreClient())?.clientState;

beforeAll(() => onlineManager.setOnline(false));
afterAll(() => onlineManager.setOnline(true));

describe("the offline queue on the device", () => {
  it("keeps what each of a person's tabs queued, whichever saves last", async () => {
    const [first, second] = [tab(), tab()];
    const [firstPersister, secondPersister] = [createQueuePersister("ana"), createQueuePersister("ana")];
    first.queue("a1");
    await firstPersister.persistClient(first.persisted());
    second.queue("b1");
    await secondPersister.persistClient(second.persisted());
    first.queue("a2");
    await firstPersister.persistClient(first.persisted());

    expect(keysIn(await restored("ana"))).toEqual(["a1", "a2", "b1"]);
  });

  it("drops a create the tab that held it sent, and keeps the other tabs' creates", async () => {
    const [first, second] = [tab(), tab()];
    const [firstPersister, secondPersister] = [createQueuePersister("bruno"), createQueuePersister("bruno")];
    first.queue("a1");
    await firstPersister.persistClient(first.persisted());
    second.queue("b1");
    await secondPersister.persistClient(second.persisted());

    first.forget("a1");
    await firstPersister.persistClient(first.persisted());

    expect(keysIn(await restored("bruno"))).toEqual(["b1"]);
  });

  it("lets a tab adopt what a closed tab left, and send it from there", async () => {
    const closed = tab();
    closed.queue("left");
    await createQueuePersister("chloe").persistClient(closed.persisted());
    const open = tab();
    const persister = createQueuePersister("chloe");
    await persister.adopt(open.client);

    expect(open.client.getMutationCache().getAll().map((mutation) => (mutation.state.variables as QueuedCreate).idempotencyKey)).toEqual(["left"]);
    open.forget("left");
    await persister.persistClient(open.persisted());
    expect(keysIn(await restored("chloe"))).toEqual([]);
  });

  it("keeps each person's queue to them", async () => {
    const mine = tab();
    mine.queue("d1");
    await createQueuePersister("dina").persistClient(mine.persisted());

    expect(await restored("someone-else")).toBeUndefined();
    expect(keysIn(await restored("dina"))).toEqual(["d1"]);
  });

  it("reads back a refused create with the server's message, shown on its item", async () => {
    const refusing = tab();
    await refusing.refuse("r1");
    await createQueuePersister("eli").persistClient(refusing.persisted());

    const [mutation] = (await restored("eli"))!.mutations;
    expect(mutation!.state.status).toBe("error");
    expect(refusalOf(mutation!.state.error)).toEqual({ status: "error", message: "The step changed meanwhile." });
    expect((mutation!.state.variables as QueuedCreate).queued).toBe(true);
  });

  it("marks every create read back as queued, so its outcome shows on its item rather than in a form", async () => {
    const sending = tab();
    void sending.client.getMutationCache().build(sending.client, { mutationKey: ["logMilestone", "step"], mutationFn: () => new Promise(() => undefined) }).execute(create("in-flight", false));
    await createQueuePersister("fatou").persistClient(sending.persisted());

    expect((await restored("fatou"))!.mutations.map((mutation) => (mutation.state.variables as QueuedCreate).queued)).toEqual([true]);
  });

  it("reads a queue saved as JSON text, as the first versions saved it", async () => {
    const legacy = tab();
    legacy.queue("old");
    await set("socle-queue-gaspard", JSON.stringify(legacy.persisted()), createStore("socle-offline", "queue"));

    expect(keysIn(await restored("gaspard"))).toEqual(["old"]);
  });

  it("says a create is kept only once the write that holds it ends, and asks before the tab closes meanwhile", async () => {
    const sending = tab();
    const persister = createQueuePersister("hana");
    sending.queue("h1");
    expect(await Promise.race([persister.device.settled("h1"), Promise.resolve("unsettled")])).toBe("unsettled");

    const written = persister.persistClient(sending.persisted());
    expect(persister.device.snapshot().get("h1")).toBe("keeping");
    expect(persister.writing()).toBe(true);
    await written;

    expect(persister.device.snapshot().get("h1")).toBe("kept");
    expect(persister.writing()).toBe(false);
    expect(await persister.device.settled("h1")).toBe(true);
  });

  it("says so when the device refuses a create, and keeps saying kept what an earlier write holds", async () => {
    const sending = tab();
    const persister = createQueuePersister("ines");
    sending.queue("i1");
    await persister.persistClient(sending.persisted());
    // A value IndexedDB cannot store: the write fails as it does on a full or switched-off storage.
    const unstorable = sending.persisted();
    const mutations = unstorable.clientState.mutations;
    mutations.push({ ...mutations[0]!, state: { ...mutations[0]!.state, variables: { ...create("i2"), preview: () => undefined } } });
    const waiting = persister.device.settled("i2");

    await persister.persistClient(unstorable);

    expect(await waiting).toBe(false);
    expect(persister.device.snapshot().get("i2")).toBe("notKept");
    expect(persister.device.snapshot().get("i1")).toBe("kept");
    expect(persister.writing()).toBe(false);
    expect(keysIn(await restored("ines"))).toEqual(["i1"]);
  });

  it("counts what is read back, or adopted from a closed tab, as kept", async () => {
    const closed = tab();
    closed.queue("j1");
    await createQueuePersister("jules").persistClient(closed.persisted());

    const reopened = createQueuePersister("jules");
    await reopened.restoreClient();
    expect(reopened.device.snapshot().get("j1")).toBe("kept");

    const other = tab();
    other.queue("j2");
    await createQueuePersister("jules").persistClient(other.persisted());
    await reopened.adopt(tab().client);
    expect(reopened.device.snapshot().get("j2")).toBe("kept");
  });
});
