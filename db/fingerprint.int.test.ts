/** The fingerprint the refusal tests trust: it must move with every committed write and with nothing else. */
import { eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { apiTokens, countries, loginAttempts } from "@/db/schema";
import { useTestDatabase } from "@/lib/testing/database";
import { createPerson } from "@/lib/testing/test-database";
import { databaseFingerprint } from "./fingerprint";

const database = useTestDatabase();

describe("databaseFingerprint", () => {
  it("is unchanged by reads and by a write rolled back", async () => {
    const before = await databaseFingerprint(database.db);
    await database.db.select().from(countries);
    await database.db
      .transaction(async (tx) => {
        await tx.update(countries).set({ spfiStatus: "interest_expressed" }).where(eq(countries.code, "BJ"));
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await databaseFingerprint(database.db)).toBe(before);
  });

  it("moves with an update, even one writing the same values back, with an insert and with a delete, but not with a sign-in attempt", async () => {
    const start = await databaseFingerprint(database.db);
    const [benin] = await database.db.select().from(countries).where(eq(countries.code, "BJ"));
    await database.db.update(countries).set({ spfiStatus: benin!.spfiStatus }).where(eq(countries.code, "BJ"));
    const rewritten = await databaseFingerprint(database.db);
    expect(rewritten).not.toBe(start);
    await database.db.insert(loginAttempts).values({ email: "someone@example.org", address: "127.0.0.1", succeeded: false });
    expect(await databaseFingerprint(database.db)).toBe(rewritten);
    await database.db.execute(sql`create table fingerprint_probe (n integer)`);
    const empty = await databaseFingerprint(database.db);
    await database.db.execute(sql`insert into fingerprint_probe values (1)`);
    const inserted = await databaseFingerprint(database.db);
    expect(inserted).not.toBe(empty);
    await database.db.execute(sql`delete from fingerprint_probe`);
    expect(await databaseFingerprint(database.db)).not.toBe(inserted);
  });

  it("leaves out a token's last use, which requests with it stamp on purpose, but not the token's other values", async () => {
    const person = await createPerson(database, { role: "coordinator" });
    const [token] = await database.db
      .insert(apiTokens)
      .values({ userId: person.userId, name: "Script", tokenHash: "a".repeat(64), prefix: "socle_aa" })
      .returning();
    const start = await databaseFingerprint(database.db);
    await database.db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, token!.id));
    expect(await databaseFingerprint(database.db)).toBe(start);
    await database.db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, token!.id));
    expect(await databaseFingerprint(database.db)).not.toBe(start);
  });

  // Transaction ids, and so the snapshot, are the whole server's: on PostgreSQL the other test files' databases commit
  // beside this one, and a commit between two calls rightly costs the second a digest (checked: with another
  // database written without pause, no two calls of twenty in a row met the same snapshot). Each PGlite is alone.
  it.skipIf(!!process.env.DATABASE_URL)("is answered from the last one's snapshot while nothing was written, in one statement", async () => {
    const first = await databaseFingerprint(database.db);
    const execute = vi.spyOn(database.db, "execute");
    try {
      expect(await databaseFingerprint(database.db)).toBe(first);
      expect(execute).toHaveBeenCalledTimes(1);
      await database.db.update(countries).set({ spfiStatus: "interest_expressed" }).where(eq(countries.code, "TG"));
      expect(await databaseFingerprint(database.db)).not.toBe(first);
      expect(execute.mock.calls.length).toBeGreaterThan(3);
    } finally {
      execute.mockRestore();
    }
  });

  it("is answered in one statement within a transaction's one snapshot, where other databases' commits go unseen", async () => {
    await database.db.transaction(
      async (tx) => {
        const first = await databaseFingerprint(tx);
        const execute = vi.spyOn(tx, "execute");
        try {
          expect(await databaseFingerprint(tx)).toBe(first);
          expect(await databaseFingerprint(tx)).toBe(first);
          expect(execute).toHaveBeenCalledTimes(2);
        } finally {
          execute.mockRestore();
        }
      },
      { isolationLevel: "repeatable read" },
    );
  });

  it("moves with a transaction's later write, inside it, where the snapshot stays as it was", async () => {
    await database.db.transaction(async (tx) => {
      await tx.update(countries).set({ spfiStatus: "interest_expressed" }).where(eq(countries.code, "BJ"));
      const first = await databaseFingerprint(tx);
      await tx.execute(sql`create table fingerprint_inside (n integer)`);
      expect(await databaseFingerprint(tx)).not.toBe(first);
    });
  });

  // PGlite has one connection: a transaction under way holds it, so nothing else reads meanwhile.
  it.skipIf(!process.env.DATABASE_URL)("moves with a write that was under way, unseen, when the last one was taken", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let wrote = () => {};
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const writer = database.db.transaction(async (tx) => {
      await tx.update(countries).set({ spfiStatus: "interest_expressed" }).where(eq(countries.code, "MZ"));
      wrote();
      await held;
    });
    await written;
    const during = await databaseFingerprint(database.db);
    expect(await databaseFingerprint(database.db)).toBe(during);
    release();
    await writer;
    expect(await databaseFingerprint(database.db)).not.toBe(during);
  });
});
