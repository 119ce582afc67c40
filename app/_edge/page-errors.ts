/** Maps lib/'s AppError for pages: 404 and 403 pages, or sign-in; anything else goes to the error boundary. */
import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import { type Action, can } from "@/lib/permissions";

export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "NOT_FOUND" || error.code === "INVALID") notFound();
      if (error.code === "FORBIDDEN") forbidden();
      if (error.code === "UNAUTHENTICATED") redirect("/sign-in");
    }
    throw error;
  }
}

/** For pages that exist only for an action (a form to add a country…): the 403 page for anyone else. */
export function requirePermission(actor: Actor, action: Action): void {
  if (!can(actor, action)) forbidden();
}
