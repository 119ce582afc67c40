/** The signed-in actor of the current request, for pages, server actions and route handlers. */
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { type Actor, loadActor } from "./actor";
import { authOptions } from "./auth/options";

/**
 * Reads the session and loads the actor fresh from the database on every request, so a role change or a
 * deactivation takes effect at once instead of when the JWT expires.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return loadActor(await getDb(), userId);
});

/** For pages: the actor, or a redirect to sign in that brings the user back to the page they asked for. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const returnTo = (await headers()).get("x-socle-path"); // set by proxy.ts
    redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  }
  return actor;
}
