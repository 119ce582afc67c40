import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { changePassword } from "@/lib/accounts/change-password";
import { createPerson, useTestDatabase } from "@/lib/testing/database";
import { authenticate } from "./authenticate";
import { clientAddress, parseTrustedProxies } from "./client-address";
import { hashPassword } from "./passwords";
import { recordSignInAttempt, signInLimits, signInWaitSeconds } from "./sign-in-limits";

const database = useTestDatabase();

const password = "correct horse battery";
async function personWithPassword() {
  const actor = await createPerson(database, { role: "reviewer" });
  await database.db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, actor.userId));
  return actor;
}
const secondsLater = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("the per-account limit slows guessing down rather than locking the account", () => {
  it("asks for a wait that grows with each failure, up to a ceiling, and then lets the right password in", async () => {
    const actor = await personWithPassword();
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      await recordSignInAttempt(database.db, actor.email, `10.40.0.${attempt}`, false);
    }
    const first = await signInWaitSeconds(database.db, actor.email, "10.40.1.1");
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(signInLimits.firstDelaySeconds);
    expect(await signInWaitSeconds(database.db, actor.email, "10.40.1.1", secondsLater(signInLimits.firstDelaySeconds + 1))).toBe(0);

    for (let attempt = 0; attempt < 10; attempt++) await recordSignInAttempt(database.db, actor.email, "10.40.2.1", false);
    const longest = await signInWaitSeconds(database.db, actor.email, "10.40.1.1");
    expect(longest).toBeGreaterThan(signInLimits.firstDelaySeconds);
    expect(longest).toBeLessThanOrEqual(signInLimits.longestDelaySeconds);
  });

  it("says how long to wait", async () => {
    const actor = await personWithPassword();
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      await authenticate(database.db, { email: actor.email, password: `guess ${attempt}` }, "10.41.0.1");
    }
    await expect(authenticate(database.db, { email: actor.email, password }, "10.41.0.2")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^auth\.rateLimitedFor\?minutes=\d+$/),
    });
  });
});

describe("the current-password check on the profile", () => {
  const change = (currentPassword: string) => ({ currentPassword, newPassword: "a much longer passphrase", confirmPassword: "a much longer passphrase" });

  it(`is limited like sign-in: after ${signInLimits.perAccount} wrong guesses even the right password waits`, async () => {
    const actor = await personWithPassword();
    for (let attempt = 0; attempt < signInLimits.perAccount; attempt++) {
      await expect(changePassword(database.db, actor, change(`guess number ${attempt}`), { address: "10.42.0.1" })).rejects.toMatchObject({ code: "INVALID" });
    }
    await expect(changePassword(database.db, actor, change(password), { address: "10.42.0.1" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    // The guesses count for the account: sign-in waits too.
    await expect(authenticate(database.db, { email: actor.email, password }, "10.42.0.2")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("a forged X-Forwarded-For", () => {
  it("cannot pause someone else's address", async () => {
    const peerHeader = "x-socle-peer-test";
    const trusted = parseTrustedProxies(undefined);
    const victimAddress = "198.51.100.23";
    for (let attempt = 0; attempt < signInLimits.perAddress; attempt++) {
      const forged = { [peerHeader]: "203.0.113.66", "x-forwarded-for": victimAddress };
      await authenticate(database.db, { email: `spray-${attempt}@example.org`, password: "x" }, clientAddress(forged, { peerHeader, trusted }));
    }
    const victim = await personWithPassword();
    const address = clientAddress({ [peerHeader]: victimAddress, "x-forwarded-for": victimAddress }, { peerHeader, trusted });
    expect(await authenticate(database.db, { email: victim.email, password }, address)).not.toBeNull();
  });
});
