import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, invitations, users } from "@/db/schema";
import { type Actor, loadActor } from "@/lib/actor";
import { authenticate } from "@/lib/auth/authenticate";
import type { Mail } from "@/lib/mail/mailer";
import { agencyIdOf, createPerson, useTestDatabase } from "@/lib/testing/database";
import { startMailCatcher } from "@/lib/testing/mail";
import { acceptInvitation } from "./accept-invitation";
import { getInvitation } from "./get-invitation";
import { inviteUser } from "./invite-user";
import { listInvitations } from "./list-invitations";
import { revokeInvitation } from "./revoke-invitation";

const database = useTestDatabase();
let coordinator: Actor;
let unicefId: string;
const shown = { origin: "http://socle.test", mailer: null };
let counter = 0;
const newEmail = () => `invitee-${Date.now()}-${counter++}@example.org`;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator", name: "Camille Test" });
  unicefId = await agencyIdOf(database.db, "UNICEF");
});

const tokenOf = (link: string) => new URL(link).pathname.split("/").at(-1)!;

async function inviteAdviser(email = newEmail()) {
  const sent = await inviteUser(database.db, coordinator, { email, role: "agency_adviser", agencyId: unicefId, locale: "fr" }, shown);
  if (sent.delivery === "mailed") throw new Error("expected the link to be shown");
  return { email, token: tokenOf(sent.link), sent };
}

const signUp = (token: string, name = "Awa Adviser") =>
  acceptInvitation(database.db, { token, name, password: "a long enough passphrase", confirmPassword: "a long enough passphrase" });

describe("inviting a person", () => {
  it("shows the link when no mail server is set, keeps only a hash, and the person signs up with the chosen role", async () => {
    const { email, token, sent } = await inviteAdviser();
    expect(sent.delivery).toBe("shown");
    expect(sent.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const [stored] = await database.db.select().from(invitations).where(eq(invitations.email, email));
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await getInvitation(database.db, token, "en")).toMatchObject({ state: "valid", email, role: "agency_adviser", scope: "UNICEF" });

    await signUp(token);
    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: "Awa Adviser", locale: "fr", active: true });
    expect((await loadActor(database.db, user!.id))?.memberships).toEqual([{ role: "agency_adviser", countryCode: null, agencyId: unicefId }]);
    expect(await authenticate(database.db, { email, password: "a long enough passphrase" }, "10.8.0.1")).toMatchObject({ email });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, user!.id));
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([["user.acceptInvitation", user!.id]]);
  });

  it("works once: a second use of the link is refused and changes nothing", async () => {
    const { email, token } = await inviteAdviser();
    await signUp(token);
    expect(await getInvitation(database.db, token, "en")).toEqual({ state: "used" });
    await expect(signUp(token, "Someone Else")).rejects.toMatchObject({ code: "INVALID", message: "invitationPage.usedTitle" });
    expect((await database.db.select().from(users).where(eq(users.email, email))).map((user) => user.name)).toEqual(["Awa Adviser"]);
  });

  it("expires: an old link is refused and creates no account", async () => {
    const { email, token } = await inviteAdviser();
    await database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, email));
    expect(await getInvitation(database.db, token, "en")).toEqual({ state: "expired" });
    await expect(signUp(token)).rejects.toMatchObject({ code: "INVALID", message: "invitationPage.expiredTitle" });
    expect(await database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it("replaces an earlier link for the same address, and a withdrawn link stops working", async () => {
    const email = newEmail();
    const first = await inviteAdviser(email);
    const second = await inviteAdviser(email);
    expect(await getInvitation(database.db, first.token, "en")).toEqual({ state: "revoked" });
    expect((await listInvitations(database.db, coordinator)).filter((row) => row.email === email)).toHaveLength(1);
    await revokeInvitation(database.db, coordinator, { invitationId: second.sent.invitationId });
    await expect(signUp(second.token)).rejects.toMatchObject({ message: "invitationPage.revokedTitle" });
    expect(await getInvitation(database.db, "made-up-token-made-up-token", "en")).toEqual({ state: "unknown" });
  });

  it("refuses an address that already has an account, a role without its scope, and bad input, per field", async () => {
    const member = await createPerson(database, { role: "reviewer" });
    const attempt = (input: Record<string, unknown>) => inviteUser(database.db, coordinator, { locale: "en", ...input }, shown);
    await expect(attempt({ email: member.email.toUpperCase(), role: "reviewer" })).rejects.toMatchObject({ fieldErrors: { email: "adminUsers.emailTaken" } });
    await expect(attempt({ email: newEmail(), role: "working_group_member" })).rejects.toMatchObject({ fieldErrors: { countryCode: "validation.required" } });
    await expect(attempt({ email: newEmail(), role: "working_group_member", countryCode: "XX" })).rejects.toMatchObject({
      fieldErrors: { countryCode: "validation.choice" },
    });
    await expect(attempt({ email: "not an email", role: "ruler", locale: "de" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { email: "validation.email", role: "validation.choice", locale: "validation.choice" },
    });
    const { token } = await inviteAdviser();
    await expect(acceptInvitation(database.db, { token, name: " ", password: "short", confirmPassword: "other" })).rejects.toMatchObject({
      fieldErrors: { name: "validation.required", password: "validation.tooShort?minimum=12", confirmPassword: "account.passwordsDiffer" },
    });
  });

  it("is for coordinators only", async () => {
    const member = await createPerson(database, { role: "working_group_member", countryCode: "BJ" });
    await expect(
      inviteUser(database.db, member, { email: newEmail(), role: "working_group_member", countryCode: "BJ", locale: "en" }, shown),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("invitation mail", () => {
  it("goes through the SMTP server named by SMTP_URL, in the invitation's language, and the link is not shown", async () => {
    const mail = await startMailCatcher();
    try {
      const mailer = mail.mailer();
      const email = newEmail();
      const sent = await inviteUser(database.db, coordinator, { email, role: "reviewer", locale: "fr" }, { origin: "http://socle.test", mailer });
      expect(sent).not.toHaveProperty("link");
      expect(sent.delivery).toBe("mailed");
      const message = mail.received[0]!;
      expect(message).toContain(`To: ${email}`);
      expect(message).toMatch(/Camille Test vous invite/);
      const token = message.match(/http:\/\/socle\.test\/invitation\/([A-Za-z0-9_-]+)/)![1]!;
      expect(await getInvitation(database.db, token, "en")).toMatchObject({ state: "valid", email });
    } finally {
      await mail.close();
    }
  });

  it("falls back to showing the link when the mail server refuses", async () => {
    const failing = async (_mail: Mail) => {
      throw new Error("connection refused");
    };
    const sent = await inviteUser(database.db, coordinator, { email: newEmail(), role: "reviewer", locale: "en" }, { origin: "http://socle.test", mailer: failing });
    expect(sent).toMatchObject({ delivery: "mailFailed", link: expect.stringMatching(/^http:\/\/socle\.test\/invitation\//) });
  });
});
