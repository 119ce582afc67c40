import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { keyedHash, open, seal } from "./installation-key";
import { readPendingSignIn, signPendingSignIn } from "./pending-sign-in";

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_SECRET", "one-installation-secret-of-at-least-32-characters");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("keys derived from the installation's secret", () => {
  it("seals a value that opens only with the same secret and purpose, and not once altered", () => {
    const sealed = seal("second-factor-secret", "JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(seal("second-factor-secret", "JBSWY3DPEHPK3PXP")).not.toBe(sealed); // a new IV each time
    expect(open("second-factor-secret", sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(() => open("pending-sign-in", sealed)).toThrow();
    const [version, iv, ciphertext, tag] = sealed.split(".");
    const flipped = Buffer.from(ciphertext!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => open("second-factor-secret", [version, iv, flipped.toString("base64url"), tag].join("."))).toThrow();
    vi.stubEnv("NEXTAUTH_SECRET", "another-installation-secret-of-at-least-32-chars");
    expect(() => open("second-factor-secret", sealed)).toThrow();
    vi.stubEnv("NEXTAUTH_SECRET", "one-installation-secret-of-at-least-32-characters");
  });

  it("hashes per purpose", () => {
    expect(keyedHash("recovery-code", "abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedHash("recovery-code", "abc")).not.toBe(keyedHash("pending-sign-in", "abc"));
  });

  it("signs a pending sign-in that holds five minutes and cannot be altered", () => {
    const now = Date.UTC(2026, 11, 4, 3, 0, 0);
    const token = signPendingSignIn({ userId: "8b0f5f3e-4a59-4f5e-9a57-0f4f3a1e2b3c", sessionVersion: 2, callbackUrl: "/countries" }, now);
    expect(readPendingSignIn(token, now + 4 * 60_000)).toMatchObject({ sessionVersion: 2, callbackUrl: "/countries" });
    expect(readPendingSignIn(token, now + 5 * 60_000)).toBeNull();
    const [payload, signature] = token.split(".");
    const altered = Buffer.from(Buffer.from(payload!, "base64url").toString().replace('"sessionVersion":2', '"sessionVersion":3')).toString("base64url");
    expect(readPendingSignIn(`${altered}.${signature}`, now)).toBeNull();
    expect(readPendingSignIn("garbage", now)).toBeNull();
    expect(readPendingSignIn(undefined, now)).toBeNull();
  });
});
