/**
 * TOTP (RFC 6238) through otpauth: SHA-1, six digits, 30-second steps, as every authenticator app reads them.
 * A code is accepted in its own step or one either side (clocks drift); the caller stores the step it matched,
 * so that no code is accepted twice.
 */
import { Secret, TOTP } from "otpauth";

export const totpPeriodSeconds = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpOf(secretBase32: string, accountName = "") {
  return new TOTP({ issuer: "Socle", label: accountName, algorithm: "SHA1", digits: 6, period: totpPeriodSeconds, secret: Secret.fromBase32(secretBase32) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpAddress(secretBase32: string, accountName: string): string {
  return totpOf(secretBase32, accountName).toString();
}

/** The time step a code belongs to, within one step of now; null for a code that matches none. */
export function matchingStep(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / totpPeriodSeconds) + delta;
}

/** The code of a moment: for tests and the browser journey, which play the authenticator app. */
export function totpCodeAt(secretBase32: string, timestamp = Date.now()): string {
  return totpOf(secretBase32).generate({ timestamp });
}
