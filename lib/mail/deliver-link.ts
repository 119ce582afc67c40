/** Delivers a one-time link: by mail when a mailer is configured, otherwise back to the coordinator to pass on. */
import "server-only";
import type { Mail, Mailer } from "./mailer";

/** mailed: the link went out and is not shown. shown: no mail server. mailFailed: the server refused; shown instead. */
export type LinkDelivery = { delivery: "mailed" } | { delivery: "shown" | "mailFailed"; link: string };

export async function deliverLink(mailer: Mailer | null, link: string, mail: Mail): Promise<LinkDelivery> {
  if (!mailer) return { delivery: "shown", link };
  try {
    await mailer(mail);
    return { delivery: "mailed" };
  } catch (error) {
    // The link still works: the coordinator can pass it on another way.
    console.error("Socle could not send a mail:", error instanceof Error ? error.message : error);
    return { delivery: "mailFailed", link };
  }
}
