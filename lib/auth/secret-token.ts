/**
 * High-entropy secrets for one-time links and API tokens. Only their SHA-256 is stored: with 256 random bits a
 * fast hash is enough (nothing to guess), and the lookup stays one indexed query.
 */
import { createHash, randomBytes } from "node:crypto";

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newSecretToken(prefix = ""): { token: string; hash: string } {
  const token = `${prefix}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashSecretToken(token) };
}

export type OneTimeLinkState = "valid" | "expired" | "used" | "revoked";

/** Where a one-time link stands; used and revoked win over expired, so the page says what really happened. */
export function oneTimeLinkState(
  link: { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null },
  now = new Date(),
): OneTimeLinkState {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt <= now) return "expired";
  return "valid";
}
