/**
 * The one page loader: every page reads through `loadPage(({ db, actor }) => …)`, which finds the
 * signed-in actor (or sends the visitor to sign in and back), gives the database, and maps lib/'s AppError
 * once: NOT_FOUND and INVALID to the 404 page, FORBIDDEN to the 403 page (drawn by the page itself, `withRefusal`
 * in ./refusal.tsx), UNAUTHENTICATED to sign-in; anything else goes to the error boundary. A page whose
 * generateMetadata needs the same data wraps its load in React's `cache()`, so both share one load per request.
 *
 * `loadPublicPage((db) => …)` is its anonymous form, for the pages a one-time link opens without a session
 * (invitation/[token], password-reset/[token]): the same database and error mapping, no actor looked up.
 * Not through either: sign-in/page.tsx only asks whether someone is signed in (`getActor()`, to send them on);
 * sign-out/page.tsx reads nothing (a form posting to next-auth). What needs the actor
 * alone, with no read to map (the countries layout, the shell's language action), calls `requireActor()`.
 */
import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { boundedPath } from "@/lib/auth/safe-redirect";
import { AppError } from "@/lib/errors";
import { type Action, can } from "@/lib/permissions";
import { getActor } from "@/lib/session";

/** What a page's load gets: who is asking, and the database. */
export type PageContext = { db: Database; actor: Actor };

export async function loadPage<T>(load: (page: PageContext) => Promise<T>): Promise<T> {
  const actor = await requireActor();
  const db = await getDb();
  return orPageError(() => load({ db, actor }));
}

export async function loadPublicPage<T>(load: (db: Database) => Promise<T>): Promise<T> {
  const db = await getDb();
  return orPageError(() => load(db));
}

/** For a page whose URL carries filters typed by hand: INVALID comes back as the refusal to show, rather than a 404. */
export async function orRefusal<T>(work: Promise<T>): Promise<{ result: T; refused: null } | { result: null; refused: AppError }> {
  try {
    return { result: await work, refused: null };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return { result: null, refused: error };
    throw error;
  }
}

/** For pages that exist only for an action (a form to add a country…): the 403 page for anyone else. */
export function requirePermission(actor: Actor, action: Action): void {
  if (!can(actor, action)) forbidden();
}

/** Where a coordinator held by the installation's second-factor rule is sent from every other page. */
export const secondFactorSetUpPath = "/profile/two-factor";

/** The actor, or a redirect to sign in that brings the user back to the page they asked for (pages and the shell's actions). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const returnTo = returnPath((await headers()).get("x-socle-path")); // set by proxy.ts
    redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  }
  // A coordinator the installation requires to have a second factor sets it up before anything else (decision 2230).
  if (actor.mustSetUpSecondFactor && !(await headers()).get("x-socle-path")?.startsWith(secondFactorSetUpPath)) redirect(secondFactorSetUpPath);
  return actor;
}

async function orPageError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "NOT_FOUND" || error.code === "INVALID") notFound();
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "UNAUTHENTICATED") redirect("/sign-in");
    }
    throw error;
  }
}

/** The page to come back to after signing in: the whole address, or its path alone when that is too long, or none. */
function returnPath(requested: string | null): string | null {
  return requested ? boundedPath(requested) : null;
}
