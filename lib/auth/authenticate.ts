/** Checks an email and password for sign-in, within the rate limits; the one way a session starts. */
import { and, eq } from "drizzle-orm";
import type { Queryable } from "@/db/engine";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { credentialsSchema } from "@/lib/validation/accounts";
import { hashPassword, verifyPassword } from "./passwords";
import { rateLimitedMessage, recordSignInAttempt, signInWaitSeconds } from "./sign-in-limits";

// Unknown accounts still pay for one hash check, so response time does not tell which emails exist.
const unknownAccountHash = hashPassword("socle-no-such-account");

export type AuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

/** The user, or null for wrong credentials; throws RATE_LIMITED when too many attempts failed. */
export async function authenticate(db: Queryable, input: unknown, address: string): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const wait = await signInWaitSeconds(db, email, address);
  if (wait > 0) throw new AppError("RATE_LIMITED", rateLimitedMessage(wait));
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.email, email), eq(users.active, true)));
  const valid = await verifyPassword(user?.passwordHash ?? (await unknownAccountHash), password);
  const succeeded = Boolean(user?.passwordHash) && valid;
  await recordSignInAttempt(db, email, address, succeeded);
  return succeeded && user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
}
