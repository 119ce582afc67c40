/**
 * Limits on password guessing (sign-in and the profile's current-password check), per account and per address,
 * counted from the login_attempts table so that they hold across restarts and across server instances. Past a
 * few failures each further attempt waits, longer after each failure up to a ceiling: guessing becomes slow,
 * but nobody can lock a person out for long by failing on their behalf.
 */
import { and, count, eq, gt, max } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { loginAttempts } from "@/db/schema";
import type { LibMessage } from "@/lib/i18n/message-key";
import { withValues } from "@/lib/validation/zod";

export const signInLimits = {
  windowMinutes: 15,
  /** Failed attempts on one account, since its last success, within the window, before waits begin. */
  perAccount: 5,
  /** Failed attempts from one address, on any accounts, within the window, before waits begin. */
  perAddress: 20,
  /** The wait after the first failure over a limit; it doubles with each further failure. */
  firstDelaySeconds: 30,
  longestDelaySeconds: 5 * 60,
};

type Failures = { failures: number; lastAt: Date | null };

/** Seconds still to wait after `failures` failures, the last at `lastAt`, against a limit. */
function waitSeconds({ failures, lastAt }: Failures, limit: number, now: Date): number {
  if (failures < limit || !lastAt) return 0;
  const delay = Math.min(signInLimits.firstDelaySeconds * 2 ** (failures - limit), signInLimits.longestDelaySeconds);
  return Math.max(0, Math.ceil(delay - (now.getTime() - lastAt.getTime()) / 1000));
}

async function failuresSince(db: Queryable, where: ReturnType<typeof eq>, since: Date): Promise<Failures> {
  const [row] = await db
    .select({ failures: count(), lastAt: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(where, eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { failures: row?.failures ?? 0, lastAt: row?.lastAt ?? null };
}

/** How many seconds this account and address must wait before the next attempt; 0 when they may try now. */
export async function signInWaitSeconds(db: Queryable, email: string, address: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - signInLimits.windowMinutes * 60_000);
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since)));
  const accountSince = lastSuccess?.at && lastSuccess.at > since ? lastSuccess.at : since;
  const account = await failuresSince(db, eq(loginAttempts.email, email), accountSince);
  const fromAddress = await failuresSince(db, eq(loginAttempts.address, address), since);
  return Math.max(waitSeconds(account, signInLimits.perAccount, now), waitSeconds(fromAddress, signInLimits.perAddress, now));
}

export async function isSignInBlocked(db: Queryable, email: string, address: string, now = new Date()): Promise<boolean> {
  return (await signInWaitSeconds(db, email, address, now)) > 0;
}

/** The refusal for an attempt that must wait, saying for how long (in whole minutes, at least one). */
export function rateLimitedMessage(seconds: number): LibMessage {
  return withValues("auth.rateLimitedFor", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}

export async function recordSignInAttempt(db: Queryable, email: string, address: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, address, succeeded });
}
