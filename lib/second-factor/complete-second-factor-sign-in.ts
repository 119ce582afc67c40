/**
 * The second step of a password sign-in for a person with a second factor: the pending sign-in the password step
 * left, and a code from their app or a recovery code. The person must still be active at the same session version
 * (a reset or "sign out everywhere" in between ends the pending sign-in too).
 */
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine";
import { users } from "@/db/schema";
import type { AuthenticatedUser } from "@/lib/auth/authenticate";
import type { PendingSignIn } from "@/lib/auth/pending-sign-in";
import { AppError } from "@/lib/errors";
import { secondFactorCodeSchema } from "@/lib/validation/second-factor";
import { checkSecondFactorCode } from "./check-second-factor-code";

/** The person to sign in, or null for a wrong code; UNAUTHENTICATED when the pending sign-in no longer holds, RATE_LIMITED while they must wait. */
export async function completeSecondFactorSignIn(
  db: Database,
  pending: PendingSignIn | null,
  code: unknown,
  address: string,
  now = new Date(),
): Promise<AuthenticatedUser | null> {
  const expired = () => new AppError("UNAUTHENTICATED", "secondFactor.signInExpired");
  if (!pending) throw expired();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion })
    .from(users)
    .where(and(eq(users.id, pending.userId), eq(users.active, true), eq(users.sessionVersion, pending.sessionVersion)));
  if (!user) throw expired();
  const typed = secondFactorCodeSchema.safeParse(code);
  if (!typed.success) return null;
  return (await checkSecondFactorCode(db, user.id, typed.data, address, now)) ? user : null;
}
