/**
 * Keys derived from the installation's secret (the one that signs sessions, lib/auth/session-secret.ts), one per
 * purpose through HKDF, so that a key for one use never serves another: the second factors' secrets are sealed
 * with one, recovery codes hashed with another, pending sign-ins signed with a third.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { readEnv } from "@/lib/env";
import { ensureSessionSecret } from "./session-secret";

export type KeyPurpose = "second-factor-secret" | "recovery-code" | "pending-sign-in";

function installationKey(purpose: KeyPurpose): Buffer {
  const secret = process.env.NEXTAUTH_SECRET || ensureSessionSecret(readEnv());
  return Buffer.from(hkdfSync("sha256", secret, "socle", purpose, 32));
}

/** AES-256-GCM: "v1.<iv>.<ciphertext>.<tag>", base64url; tampering or another installation's key fails to open. */
export function seal(purpose: KeyPurpose, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", installationKey(purpose), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function open(purpose: KeyPurpose, sealed: string): string {
  const [version, iv, ciphertext, tag] = sealed.split(".");
  if (version !== "v1" || !iv || !ciphertext || !tag) throw new Error("sealed value in an unknown format");
  const decipher = createDecipheriv("aes-256-gcm", installationKey(purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** HMAC-SHA256 in hex (64 characters). */
export function keyedHash(purpose: KeyPurpose, value: string): string {
  return createHmac("sha256", installationKey(purpose)).update(value, "utf8").digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}
