import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiTokens } from "@/db/schema";
import { authenticateApiToken, bearerToken } from "@/lib/auth/authenticate-api-token";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

const database = useTestDatabase();

const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);

describe("personal API tokens", () => {
  it("are shown once, stored as a hash, and authenticate their owner until revoked", async () => {
    const owner = await createPerson(database, { role: "reviewer" });
    const created = await createApiToken(database.db, owner, { name: " Monthly report ", expiresOn: "" });
    expect(created).toMatchObject({ name: "Monthly report", expiresAt: null, token: expect.stringMatching(/^socle_[A-Za-z0-9_-]{43}$/) });
    const [stored] = await database.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(created.token);

    expect(await authenticateApiToken(database.db, `Bearer ${created.token}`)).toMatchObject({ userId: owner.userId });
    expect((await listApiTokens(database.db, owner))[0]).toMatchObject({ status: "active", prefix: created.token.slice(0, 10), lastUsedAt: expect.any(Date) });

    await revokeApiToken(database.db, owner, { tokenId: created.id, confirm: "on" });
    expect(await authenticateApiToken(database.db, `Bearer ${created.token}`)).toBeNull();
    expect((await listApiTokens(database.db, owner))[0]?.status).toBe("revoked");
  });

  it("are revoked only once their owner confirms it, and keep working until then", async () => {
    const owner = await createPerson(database, { role: "reviewer" });
    const created = await createApiToken(database.db, owner, { name: "nightly sync" });
    for (const confirm of [undefined, "", "off", true]) {
      await expect(revokeApiToken(database.db, owner, { tokenId: created.id, confirm }), String(confirm)).rejects.toMatchObject({
        code: "INVALID",
        fieldErrors: { confirm: "apiTokens.confirmRequired" },
      });
    }
    expect(await authenticateApiToken(database.db, `Bearer ${created.token}`)).toMatchObject({ userId: owner.userId });
    expect((await listApiTokens(database.db, owner))[0]?.status).toBe("active");
    await revokeApiToken(database.db, owner, { tokenId: created.id, confirm: "on" });
    expect((await listApiTokens(database.db, owner))[0]?.status).toBe("revoked");
  });

  it("stop working after their last day", async () => {
    const owner = await createPerson(database, { role: "reviewer" });
    const created = await createApiToken(database.db, owner, { name: "short-lived", expiresOn: tomorrow() });
    expect(created.expiresAt?.toISOString()).toBe(`${tomorrow()}T23:59:59.999Z`);
    const header = `Bearer ${created.token}`;
    expect(await authenticateApiToken(database.db, header)).not.toBeNull();
    const afterExpiry = new Date(created.expiresAt!.getTime() + 1);
    expect(await authenticateApiToken(database.db, header, afterExpiry)).toBeNull();
    expect((await listApiTokens(database.db, owner, afterExpiry))[0]?.status).toBe("expired");
  });

  it("belong to their owner: someone else cannot revoke or list them", async () => {
    const owner = await createPerson(database, { role: "reviewer" });
    const other = await createPerson(database, { role: "coordinator" });
    const created = await createApiToken(database.db, owner, { name: "mine" });
    await expect(revokeApiToken(database.db, other, { tokenId: created.id, confirm: "on" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listApiTokens(database.db, other)).toEqual([]);
    expect(await authenticateApiToken(database.db, `Bearer ${created.token}`)).not.toBeNull();
  });

  it("refuses a blank name, a past expiry and malformed headers", async () => {
    const owner = await createPerson(database, { role: "reviewer" });
    await expect(createApiToken(database.db, owner, { name: "", expiresOn: "2001-01-01" })).rejects.toMatchObject({
      fieldErrors: { name: "validation.required", expiresOn: "validation.dateInFuture" },
    });
    await expect(createApiToken(database.db, owner, { name: "x", expiresOn: "31/12/2099" })).rejects.toMatchObject({
      fieldErrors: { expiresOn: "validation.date" },
    });
    for (const header of [null, "", "Bearer", "Basic dXNlcjpwYXNz", "Bearer socle_short", `Bearer socle_${"x".repeat(43)}`]) {
      expect(await authenticateApiToken(database.db, header), String(header)).toBeNull();
    }
    expect(bearerToken(`bearer   socle_${"a".repeat(43)}`)).toBe(`socle_${"a".repeat(43)}`);
  });
});
