import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { loadActor } from "@/lib/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/passwords";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { changePassword } from "./change-password";
import { chooseLanguage } from "./choose-language";
import { listUsers } from "./list-users";

const database = useTestDatabase();

async function auditOf(userId: string, action: string) {
  return database.db.select().from(auditLog).where(and(eq(auditLog.entityId, userId), eq(auditLog.action, action)));
}

describe("changing one's password", () => {
  it("needs the current password, and then signs in with the new one only", async () => {
    const actor = await createPerson(database, { role: "reviewer" });
    await database.db.update(users).set({ passwordHash: await hashPassword("old password 1234") }).where(eq(users.id, actor.userId));
    const input = { currentPassword: "old password 1234", newPassword: "new password 5678", confirmPassword: "new password 5678" };

    await expect(changePassword(database.db, actor, { ...input, currentPassword: "not it" }, { address: "10.4.0.9" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { currentPassword: "account.currentPasswordWrong" },
    });
    await changePassword(database.db, actor, input, { address: "10.4.0.9" });
    expect(await authenticate(database.db, { email: actor.email, password: "new password 5678" }, "10.4.0.1")).not.toBeNull();
    expect(await authenticate(database.db, { email: actor.email, password: "old password 1234" }, "10.4.0.1")).toBeNull();
    const [entry] = await auditOf(actor.userId, "user.changePassword");
    expect(entry).toMatchObject({ actorId: actor.userId, before: null, after: null });
  });

  it("refuses a short or mismatched new password with a message per field, and changes nothing", async () => {
    const actor = await createPerson(database, { role: "reviewer" });
    await database.db.update(users).set({ passwordHash: await hashPassword("old password 1234") }).where(eq(users.id, actor.userId));
    await expect(
      changePassword(database.db, actor, { currentPassword: "old password 1234", newPassword: "short", confirmPassword: "other" }, { address: "10.4.0.9" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { newPassword: "validation.tooShort?minimum=12", confirmPassword: "account.passwordsDiffer" },
    });
    expect(await auditOf(actor.userId, "user.changePassword")).toEqual([]);
  });
});

describe("choosing a language", () => {
  it("keeps the choice in the profile and audits it", async () => {
    const actor = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    await chooseLanguage(database.db, actor, { locale: "fr" });
    expect((await loadActor(database.db, actor.userId))?.locale).toBe("fr");
    expect(await auditOf(actor.userId, "user.chooseLanguage")).toMatchObject([{ before: { locale: null }, after: { locale: "fr" } }]);
  });

  it("refuses a language Socle does not have", async () => {
    const actor = await createPerson(database, { role: "reviewer" });
    await expect(chooseLanguage(database.db, actor, { locale: "de" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { locale: "validation.choice" },
    });
  });
});

describe("the users list", () => {
  it("shows each user's roles and scopes to a coordinator", async () => {
    const coordinator = await createPerson(database, { role: "coordinator" });
    const adviser = await createPerson(database, { role: "agency_adviser", agencyAcronym: "UNICEF" });
    const rows = await listUsers(database.db, coordinator);
    expect(rows.find((row) => row.id === adviser.userId)?.memberships).toEqual([
      { role: "agency_adviser", countryName: null, agencyShortName: expect.objectContaining({ en: "UNICEF" }) },
    ]);
  });
});
