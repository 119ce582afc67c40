import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { passwordResets, users } from "@/db/schema";
import { type Actor, loadActor } from "@/lib/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { authenticate } from "@/lib/auth/authenticate";
import { authenticateApiToken } from "@/lib/auth/authenticate-api-token";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { deactivateUser } from "./deactivate-user";
import { getPasswordReset } from "./get-password-reset";
import { getUserAccount } from "./get-user-account";
import { grantRole } from "./grant-role";
import { issuePasswordReset } from "./issue-password-reset";
import { reactivateUser } from "./reactivate-user";
import { resetPassword } from "./reset-password";
import { revokeRole } from "./revoke-role";

const database = useTestDatabase();
let coordinator: Actor;
const shown = { origin: "http://socle.test", mailer: null };
beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});

const versionOf = async (userId: string) => (await getUserAccount(database.db, coordinator, userId)).version;

describe("roles and scopes", () => {
  it("adds and removes roles, each change against the version the coordinator saw", async () => {
    const person = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    await grantRole(database.db, coordinator, { userId: person.userId, version: 1, role: "working_group_member", countryCode: "tg" });
    expect((await loadActor(database.db, person.userId))?.memberships.map((m) => m.countryCode).sort()).toEqual(["BJ", "TG"]);

    // A second coordinator working from the page as it was before gets the account as it is now.
    const stale = grantRole(database.db, coordinator, { userId: person.userId, version: 1, role: "reviewer" });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", current: { version: 2, memberships: expect.any(Array) } });

    await expect(
      grantRole(database.db, coordinator, { userId: person.userId, version: 2, role: "working_group_member", countryCode: "TG" }),
    ).rejects.toMatchObject({ fieldErrors: { role: "adminUsers.roleAlreadyHeld" } });

    const account = await getUserAccount(database.db, coordinator, person.userId);
    const benin = account.memberships.find((m) => m.countryName?.en === "Benin")!;
    await revokeRole(database.db, coordinator, { userId: person.userId, version: account.version, membershipId: benin.id });
    expect((await loadActor(database.db, person.userId))?.memberships).toEqual([{ role: "working_group_member", countryCode: "TG", agencyId: null }]);
  });

  it("never lets coordinators remove their own coordinator role or deactivate themselves", async () => {
    const account = await getUserAccount(database.db, coordinator, coordinator.userId);
    await expect(
      revokeRole(database.db, coordinator, { userId: coordinator.userId, version: account.version, membershipId: account.memberships[0]!.id }),
    ).rejects.toMatchObject({ message: "adminUsers.cannotDemoteSelf" });
    await expect(deactivateUser(database.db, coordinator, { userId: coordinator.userId, version: account.version })).rejects.toMatchObject({
      message: "adminUsers.cannotDeactivateSelf",
    });
  });

  it("is refused to anyone but a coordinator", async () => {
    const reviewer = await createPerson(database, { role: "reviewer" });
    const target = await createPerson(database, { role: "reviewer" });
    await expect(grantRole(database.db, reviewer, { userId: target.userId, version: 1, role: "coordinator" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(deactivateUser(database.db, reviewer, { userId: target.userId, version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("deactivation", () => {
  it("stops the user's sessions and API tokens at once, and reactivation does not bring the tokens back", async () => {
    const person = await createPerson(database, { role: "working_group_member", countryCode: "MZ" });
    const { token } = await createApiToken(database.db, person, { name: "script" });
    const header = `Bearer ${token}`;
    expect(await authenticateApiToken(database.db, header)).toMatchObject({ userId: person.userId });

    await deactivateUser(database.db, coordinator, { userId: person.userId, version: 1 });
    // Sessions: lib/session.ts loads the actor on every request, and there is none any more.
    expect(await loadActor(database.db, person.userId)).toBeNull();
    expect(await authenticateApiToken(database.db, header)).toBeNull();

    await reactivateUser(database.db, coordinator, { userId: person.userId, version: 2 });
    expect(await loadActor(database.db, person.userId)).not.toBeNull();
    expect(await authenticateApiToken(database.db, header)).toBeNull();
    expect(await getUserAccount(database.db, coordinator, person.userId)).toMatchObject({ active: true, deactivatedAt: null, version: 3 });
  });
});

describe("password reset", () => {
  async function personWithReset() {
    const person = await createPerson(database, { role: "reviewer" });
    const issued = await issuePasswordReset(database.db, coordinator, { userId: person.userId }, shown);
    if (issued.delivery === "mailed") throw new Error("expected the link to be shown");
    return { person, token: new URL(issued.link).pathname.split("/").at(-1)! };
  }
  const reset = (token: string, password = "a brand new passphrase") => resetPassword(database.db, { token, newPassword: password, confirmPassword: password });

  it("lets the link's holder set a new password once", async () => {
    const { person, token } = await personWithReset();
    expect(await getPasswordReset(database.db, token)).toMatchObject({ state: "valid", email: person.email });
    expect((await getUserAccount(database.db, coordinator, person.userId)).openPasswordResetUntil).not.toBeNull();
    await reset(token);
    expect(await authenticate(database.db, { email: person.email, password: "a brand new passphrase" }, "10.7.0.1")).not.toBeNull();
    await expect(reset(token, "yet another passphrase")).rejects.toMatchObject({ message: "passwordResetPage.usedTitle" });
    expect(await getPasswordReset(database.db, token)).toEqual({ state: "used" });
  });

  it("refuses an expired link, a replaced link, and a link of a deactivated user", async () => {
    const { person, token } = await personWithReset();
    await database.db.update(passwordResets).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(passwordResets.userId, person.userId));
    await expect(reset(token)).rejects.toMatchObject({ message: "passwordResetPage.expiredTitle" });

    const second = await personWithReset();
    const newer = await issuePasswordReset(database.db, coordinator, { userId: second.person.userId }, shown);
    expect(await getPasswordReset(database.db, second.token)).toEqual({ state: "revoked" });
    const newerToken = "link" in newer ? new URL(newer.link).pathname.split("/").at(-1)! : "";
    await deactivateUser(database.db, coordinator, { userId: second.person.userId, version: await versionOf(second.person.userId) });
    await expect(reset(newerToken)).rejects.toMatchObject({ code: "INVALID" });
    const [user] = await database.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, second.person.userId));
    expect(user?.passwordHash).toBeNull();
    await expect(issuePasswordReset(database.db, coordinator, { userId: second.person.userId }, shown)).rejects.toMatchObject({
      message: "adminUsers.resetNeedsActive",
    });
  });
});
