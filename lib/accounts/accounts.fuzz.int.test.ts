import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/passwords";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { formLike, fuzzRuns, fuzzTimeout, fuzzWrite, idAmong, mostly, versionIn, versionLike, withVersion } from "@/lib/testing/fuzz";
import { acceptInvitation } from "./accept-invitation";
import { changePassword } from "./change-password";
import { chooseLanguage } from "./choose-language";
import { deactivateUser } from "./deactivate-user";
import { grantRole } from "./grant-role";
import { inviteUser } from "./invite-user";
import { issuePasswordReset } from "./issue-password-reset";
import { reactivateUser } from "./reactivate-user";
import { resetPassword } from "./reset-password";
import { revokeInvitation } from "./revoke-invitation";
import { revokeRole } from "./revoke-role";

const database = useTestDatabase();
let actor: Actor;
let coordinator: Actor;
let people: string[];
let unicefId: string;
const shown = { origin: "http://socle.test", mailer: null };
const tokenOf = (sent: { delivery: string; link?: string }) => (sent.link ? new URL(sent.link).pathname.split("/").at(-1)! : "");
beforeAll(async () => {
  actor = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
  coordinator = await createPerson(database, { role: "coordinator" });
  people = [(await createPerson(database, { role: "working_group_member", countryCode: "TG" })).userId, (await createPerson(database, { role: "reviewer" })).userId];
  unicefId = await agencyIdOf(database.db, "UNICEF");
  await database.db.update(users).set({ passwordHash: await hashPassword("the current password") }).where(eq(users.id, actor.userId));
});

describe("fuzzed account writes get a 4xx or succeed, and refusals change nothing", () => {
  it("choosing a language", async () => {
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike({ locale: fc.constantFrom("en", "fr", "es", "pt", "de", "EN", "fr-FR") }),
      write: (input) => chooseLanguage(database.db, actor, input),
      runs: fuzzRuns,
    });
    expect(outcome.accepted + outcome.refused).toBe(fuzzRuns);
    expect(outcome.accepted).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("changing a password", async () => {
    const password = fc.oneof(fc.constant("the current password"), fc.string({ maxLength: 40 }));
    const outcome = await fuzzWrite({
      db: database.db,
      input: formLike({ currentPassword: password, newPassword: password, confirmPassword: password }),
      write: (input) => changePassword(database.db, actor, input, { address: "10.5.0.1" }),
      runs: fuzzRuns,
    });
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("signing in (a refused attempt is recorded, by design, so only errors are checked here)", async () => {
    await fc.assert(
      fc.asyncProperty(formLike({ email: fc.emailAddress(), password: fc.string() }), fc.ipV4(), async (input, address) => {
        try {
          await authenticate(database.db, input, address);
        } catch (error) {
          expect(error).toMatchObject({ code: "RATE_LIMITED" });
        }
      }),
      { numRuns: Math.min(fuzzRuns, 300) },
    );
  }, fuzzTimeout);
});

const userVersion = (id: unknown) => versionIn(database.db, users, id);
const roleScope = () => ({
  role: mostly(["working_group_member", "agency_adviser", "reviewer"], fc.constantFrom("coordinator", "admin", "")),
  countryCode: mostly(["TG", "bj"], fc.constantFrom("", "XX", "TGO", "1")),
  agencyId: fc.oneof(fc.constant(unicefId), fc.uuid(), fc.constant("")),
});
const password = () => mostly(["a long enough passphrase"], fc.string({ maxLength: 30 }));

describe("fuzzed people administration by a coordinator gets a 4xx or succeeds, and refusals change nothing", () => {
  it("inviting someone, and revoking an invitation", async () => {
    const invite = formLike({ email: mostly(["new.person@example.org"], fc.oneof(fc.emailAddress(), fc.string())), locale: mostly(["fr"], fc.constantFrom("de", "")), ...roleScope() });
    const input = fc.tuple(fc.boolean(), invite, fc.oneof(fc.constant("the last one"), fc.uuid()));
    const outcome = await fuzzWrite({
      db: database.db,
      input,
      write: async ([revoke, values, invitationId]) => {
        if (!revoke) return inviteUser(database.db, coordinator, { ...values, email: typeof values.email === "string" && values.email.startsWith("new.person") ? `p${Math.random()}@example.org` : values.email }, shown);
        const last = await database.db.query.invitations.findFirst({ orderBy: (table, { desc }) => desc(table.createdAt) });
        return revokeInvitation(database.db, coordinator, { invitationId: invitationId === "the last one" ? last?.id : invitationId });
      },
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("granting and revoking roles", async () => {
    const grant = formLike({ userId: idAmong(...people), version: versionLike(), ...roleScope() });
    const revoke = formLike({ userId: idAmong(...people), version: versionLike(), membershipId: fc.oneof(fc.constant("the last one"), fc.uuid()) });
    const input = fc.oneof(grant.map((values) => ({ grant: true, values })), revoke.map((values) => ({ grant: false, values })));
    const outcome = await fuzzWrite({
      db: database.db,
      input,
      write: async ({ grant: isGrant, values }) => {
        const current = await withVersion(values, () => userVersion(values.userId));
        if (isGrant) return grantRole(database.db, coordinator, current);
        const [last] = typeof values.userId === "string" ? await database.db.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, values.userId)).catch(() => []) : [];
        return revokeRole(database.db, coordinator, { ...current, membershipId: current.membershipId === "the last one" ? last?.id : current.membershipId });
      },
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("deactivating and reactivating someone, and issuing a password reset", async () => {
    const input = fc.tuple(fc.constantFrom("deactivate", "reactivate", "reset"), formLike({ userId: idAmong(...people), version: versionLike() }));
    const outcome = await fuzzWrite({
      db: database.db,
      input,
      write: async ([change, values]) => {
        const current = await withVersion(values, () => userVersion(values.userId));
        if (change === "deactivate") return deactivateUser(database.db, coordinator, current);
        if (change === "reactivate") return reactivateUser(database.db, coordinator, current);
        return issuePasswordReset(database.db, coordinator, current, shown);
      },
      runs: fuzzRuns,
    });
    expect(outcome.accepted).toBeGreaterThan(0);
    expect(outcome.refused).toBeGreaterThan(0);
  }, fuzzTimeout);

  it("accepting an invitation and redeeming a password reset, with real, used and forged tokens", async () => {
    // Links are issued before the run: issuing one inside a refused write would itself change the database.
    const invitationTokens: string[] = [];
    for (let index = 0; index < 20; index++) {
      invitationTokens.push(tokenOf(await inviteUser(database.db, coordinator, { email: `i${index}@example.org`, role: "reviewer", locale: "en" }, shown)));
    }
    // Someone of their own: the earlier tests may have left the others deactivated.
    const forgetful = await createPerson(database, { role: "reviewer" });
    const resetTokens = [tokenOf(await issuePasswordReset(database.db, coordinator, { userId: forgetful.userId }, shown))];
    const token = fc.oneof(fc.constantFrom(...invitationTokens, ...resetTokens), fc.string({ minLength: 20, maxLength: 60 }));
    const input = fc.tuple(fc.boolean(), formLike({ token, name: mostly(["Awa Adviser"], fc.string()), password: password(), confirmPassword: password(), newPassword: password() }));
    const outcome = await fuzzWrite({
      db: database.db,
      input,
      write: ([invitation, values]) => (invitation ? acceptInvitation(database.db, values) : resetPassword(database.db, values)),
      runs: Math.min(fuzzRuns, 2000),
    });
    expect(outcome.accepted + outcome.refused).toBe(Math.min(fuzzRuns, 2000));
  }, fuzzTimeout);
});
