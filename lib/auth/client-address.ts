/**
 * The address a request came from, for the guessing limits. Next.js gives route handlers no socket address
 * (it writes it into X-Forwarded-For only when the request has none, so a client can choose it). The server
 * therefore records each request's socket address in a header whose name only this process knows
 * (lib/auth/peer-address.ts). X-Forwarded-For is followed only when that socket is a proxy named in
 * SOCLE_TRUSTED_PROXIES, from the right, past trusted proxies. Without the recorded socket address (a server
 * started some other way) the last X-Forwarded-For entry is used, as before, and can be forged.
 */
import { BlockList, isIP } from "node:net";
import { readEnv } from "@/lib/env";
import { peerAddressHeader } from "./peer-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

/** Addresses and networks ("10.0.0.5, 192.168.0.0/16, fd00::/8") of the proxies in front of Socle. */
export function parseTrustedProxies(setting: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (setting ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`SOCLE_TRUSTED_PROXIES: "${entry}" is not an IP address or network`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

function plainAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, ""); // an IPv4 client on an IPv6 socket
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const plain = plainAddress(address);
  const family = isIP(plain);
  return family !== 0 && trusted.check(plain, family === 6 ? "ipv6" : "ipv4");
}

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
