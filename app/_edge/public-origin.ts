/**
 * The two addresses of a Socle: the one people were given, for links that leave it (invitation and reset
 * mails, exported files), and the one this request came to, where redirects stay (decision 2340).
 */
import "server-only";
import { headers } from "next/headers";
import { requestOriginOf } from "@/lib/auth/request-host";
import { publicUrl } from "@/lib/public-url";

/** NEXTAUTH_URL, never a request's Host: a forged Host must not choose where a password-reset mail points. */
export async function publicOrigin(): Promise<string> {
  return new URL(publicUrl()).origin;
}

/** The address of this request, from its Host (or a trusted proxy's X-Forwarded-Host); the public one if it names none. */
export async function requestOrigin(): Promise<string> {
  return requestOriginOf(await headers()) ?? publicOrigin();
}
