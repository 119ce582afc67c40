/**
 * A one-time link's token is checked before its password is hashed: argon2 costs tens of milliseconds of a core,
 * so a stranger posting made-up tokens must not get that work done for them.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/passwords";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { acceptInvitation } from "./accept-invitation";
import { inviteUser } from "./invite-user";
import { issuePasswordReset } from "./issue-password-reset";
import { resetPassword } from "./reset-password";

vi.mock("@/lib/auth/passwords", async (original) => {
  const passwords = await original<typeof import("@/lib/auth/passwords")>();
  return { ...passwords, hashPassword: vi.fn(passwords.hashPassword) };
});

const database = useTestDatabase();
let coordinator: Actor;
const shown = { origin: "http://socle.test", mailer: null };
const passphrase = "a long enough passphrase";
const madeUpToken = "a".repeat(43);
const tokenOf = (sent: { delivery: string; link?: string }) => new URL(sent.link!).pathname.split("/").at(-1)!;

beforeAll(async () => {
  coordinator = await createPerson(database, { role: "coordinator" });
});
beforeEach(() => {
  vi.mocked(hashPassword).mockClear(); // a block: a function returned from a hook would run as its teardown
});

describe("a one-time link's token comes before the password's hash", () => {
  it("refuses an unknown invitation token without hashing the password", async () => {
    await expect(acceptInvitation(database.db, { token: madeUpToken, name: "Nobody", password: passphrase, confirmPassword: passphrase })).rejects.toMatchObject({
      code: "INVALID",
      message: "invitationPage.unknownTitle",
    });
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it("refuses an unknown password-reset token without hashing the password", async () => {
    await expect(resetPassword(database.db, { token: madeUpToken, newPassword: passphrase, confirmPassword: passphrase })).rejects.toMatchObject({
      code: "INVALID",
      message: "passwordResetPage.unknownTitle",
    });
    expect(hashPassword).not.toHaveBeenCalled();
  });

  it("refuses a used link without hashing again, and a valid link still sets the password", async () => {
    const email = `invitee-${Date.now()}@example.org`;
    const token = tokenOf(await inviteUser(database.db, coordinator, { email, role: "reviewer", locale: "en" }, shown));
    await acceptInvitation(database.db, { token, name: "Ines Invitee", password: passphrase, confirmPassword: passphrase });
    expect(hashPassword).toHaveBeenCalledTimes(1);
    await expect(acceptInvitation(database.db, { token, name: "Ines Again", password: passphrase, confirmPassword: passphrase })).rejects.toMatchObject({
      message: "invitationPage.usedTitle",
    });
    expect(hashPassword).toHaveBeenCalledTimes(1);

    const member = await createPerson(database, { role: "reviewer" });
    const resetToken = tokenOf(await issuePasswordReset(database.db, coordinator, { userId: member.userId }, shown));
    const newPassword = "another long passphrase";
    await resetPassword(database.db, { token: resetToken, newPassword, confirmPassword: newPassword });
    await expect(resetPassword(database.db, { token: resetToken, newPassword, confirmPassword: newPassword })).rejects.toMatchObject({
      message: "passwordResetPage.usedTitle",
    });
    expect(hashPassword).toHaveBeenCalledTimes(2);
    expect(await authenticate(database.db, { email: member.email, password: newPassword }, "192.0.2.7")).toMatchObject({ id: member.userId });
  });
});
