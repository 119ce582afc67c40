/**
 * Sign-in rate limits, per account and per address, counted from the login_attempts table so that they hold
 * across restarts and across server instances.
 */
import { and, count, eq, gt, max } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { loginAttempts } from "@/db/schema";

export const signInLimits = {
  windowMinutes: 15,
  /** Failed attempts on one account, since its last success, within the window. */
  perAccount: 5,
  /** Failed attempts from one address, on any accounts, within the window. */
  perAddress: 20,
};

function windowStart(now: Date): Date {
  return new Date(now.getTime() - signInLimits.windowMinutes * 60_000);
}

export async function isSignInBlocked(db: Queryable, email: string, address: string, now = new Date()): Promise<boolean> {
  const since = windowStart(now);
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)));
  const accountSince = lastSuccess?.at && lastSuccess.at > since ? lastSuccess.at : since;
  const [account] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, accountSince)));
  if ((account?.failures ?? 0) >= signInLimits.perAccount) return true;
  const [fromAddress] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.address, address), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return (fromAddress?.failures ?? 0) >= signInLimits.perAddress;
}

export async function recordSignInAttempt(db: Queryable, email: string, address: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, address, succeeded });
}
