/**
 * Recovery codes: ten one-time codes of ten base32 letters (50 random bits), shown once and stored only as an
 * HMAC keyed by the installation, so the table alone does not let anyone test guesses offline.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { recoveryCodes } from "@/db/schema";
import { keyedHash } from "@/lib/auth/installation-key";

export const recoveryCodeCount = 10;
const alphabet = "abcdefghijklmnopqrstuvwxyz234567";

/** As typed: case, spaces and hyphens do not matter. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, "").toLowerCase();
}

export const isRecoveryCodeShape = (normalized: string) => /^[a-z2-7]{10}$/.test(normalized);

export function hashRecoveryCode(userId: string, code: string): string {
  return keyedHash("recovery-code", `${userId}:${normalizeCode(code)}`);
}

function newRecoveryCode(): string {
  const letters = [...randomBytes(10)].map((byte) => alphabet[byte % 32]).join("");
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

/** Replaces a person's recovery codes with ten new ones and returns them, to show once. */
export async function replaceRecoveryCodes(db: Queryable, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })));
  return codes;
}
