/**
 * The address a request came from, for the guessing limits. Next.js gives route handlers no socket address
 * (it writes it into X-Forwarded-For only when the request has none, so a client can choose it). The server
 * therefore records each request's socket address in a header whose name only this process knows
 * (lib/auth/peer-address.ts). X-Forwarded-For is followed only when that socket is a proxy named in
 * SOCLE_TRUSTED_PROXIES, from the right, past trusted proxies. Without the recorded socket address (a server
 * started some other way) the last X-Forwarded-For entry is used, as before, and can be forged.
 */
import type { BlockList } from "node:net";
import { readEnv } from "@/lib/env";
import { peerAddressHeader } from "./peer-address";
import { isTrusted, parseTrustedProxies, plainAddress } from "./trusted-proxies";

export { parseTrustedProxies };

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  const raw = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return (Array.isArray(raw) ? raw.join(",") : raw) ?? undefined;
}

let configured: BlockList | undefined;

export function clientAddress(
  headers: HeaderSource,
  options: { peerHeader: string | undefined; trusted: BlockList } = {
    peerHeader: peerAddressHeader(),
    trusted: (configured ??= parseTrustedProxies(readEnv().SOCLE_TRUSTED_PROXIES)),
  },
): string {
  const forwarded = (header(headers, "x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const peer = options.peerHeader ? header(headers, options.peerHeader) : undefined;
  if (!peer) return forwarded.at(-1) ?? "unknown";
  if (!isTrusted(options.trusted, peer)) return plainAddress(peer);
  const client = [...forwarded].reverse().find((address) => !isTrusted(options.trusted, address));
  return plainAddress(client ?? forwarded[0] ?? peer);
}
