/**
 * The token next-auth expects in its POST forms (sign-in, sign-out), read from the double-submit cookie it
 * sets, so those forms work as plain HTML without JavaScript.
 */
import "server-only";
import { cookies } from "next/headers";

const cookieNames = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"];

export async function readCsrfToken(): Promise<string | null> {
  const store = await cookies();
  for (const name of cookieNames) {
    const value = store.get(name)?.value;
    if (value) return decodeURIComponent(value).split("|")[0] ?? null; // the cookie holds "token|hash"
  }
  return null;
}
