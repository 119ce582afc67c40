/** The address people use to reach this Socle, for links that leave it (invitation and reset mails). */
import "server-only";
import { headers } from "next/headers";
import { readEnv } from "@/lib/env";

export async function publicOrigin(): Promise<string> {
  const configured = readEnv().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost";
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
