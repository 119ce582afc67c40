/**
 * The address Socle's mails link to: NEXTAUTH_URL, else http://localhost:PORT. next-auth would also take
 * NEXTAUTH_URL as the address of every sign-in redirect, sending people who came by another address (an IP,
 * the server's name) to it signed out; so the starting server takes it out of the environment, keeps it here
 * for the mails, and lets next-auth answer each request on the address it came to (decision 2340).
 */
import os from "node:os";
import { type Env, readEnv } from "./env";

const slot = Symbol.for("socle.publicUrl");
type Slot = { [slot]?: string };

function configured(env: Env): string {
  return env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
}

/** At start, before the first request: from here on next-auth reads the origin from the request's host. */
export function takePublicUrl(env: Env): string {
  const url = configured(env);
  (globalThis as Slot)[slot] = url;
  delete process.env.NEXTAUTH_URL;
  // next-auth then builds its addresses from X-Forwarded-Host and -Proto, which lib/auth/request-host.ts keeps only from trusted proxies.
  process.env.AUTH_TRUST_HOST = "true";
  return url;
}

export function publicUrl(env?: Env): string {
  return (globalThis as Slot)[slot] ?? configured(env ?? readEnv());
}

/** The addresses a person on this machine or its network can open: localhost and each external IPv4 address. */
export function reachableAddresses(port: number, interfaces: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces()): string[] {
  const external = Object.values(interfaces)
    .flatMap((addresses) => addresses ?? [])
    .filter((address) => address.family === "IPv4" && !address.internal)
    .map((address) => `http://${address.address}:${port}`);
  return [`http://localhost:${port}`, ...new Set(external)];
}
