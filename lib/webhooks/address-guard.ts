/**
 * Where a webhook may be sent (decision 2210): never to a private, loopback, link-local, unique-local, multicast,
 * reserved or unspecified address, in IPv4 or IPv6 (IPv4-mapped addresses judged as IPv4), unless
 * SOCLE_WEBHOOK_ALLOW_PRIVATE=true (tests). Judged at registration and again at each delivery on the addresses the
 * name resolves to, through the `lookup` the connection itself uses, so no second resolution can differ.
 */
import "server-only";
import dns from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { readEnv } from "@/lib/env";

const refused = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network", the unspecified address
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  refused.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b::", 96], // NAT64, which reaches IPv4 addresses
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  refused.addSubnet(network, prefix, "ipv6");
}

/** "::ffff:127.0.0.1" and "::ffff:7f00:1" are 127.0.0.1; an IPv4-compatible "::a.b.c.d" too. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^::(ffff:)?(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[2]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Whether an IP address (v4 or v6) is one no webhook may reach. Anything not an address is refused too. */
export function isRefusedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  const family = isIP(bare);
  if (family === 4) return refused.check(bare, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIpv4(bare);
  return v4 !== null ? isRefusedAddress(v4) : refused.check(bare, "ipv6");
}

export function privateAddressesAllowed(): boolean {
  return readEnv().SOCLE_WEBHOOK_ALLOW_PRIVATE === "true";
}

export class RefusedAddressError extends Error {
  constructor(readonly host: string) {
    super(`webhook address refused: ${host} is or resolves to a private, loopback or link-local address`);
  }
}

/** The addresses a host name resolves to (all of them), or the literal address itself. */
async function addressesOf(hostname: string): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (isIP(bare)) return [bare];
  const found = await dns.promises.lookup(bare, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}

/**
 * Why an endpoint's address is refused ("webhooks.rules.private", "webhooks.rules.unresolved", "webhooks.rules.https"),
 * or null when it may be registered.
 */
export async function addressRefusal(url: string, allowPrivate = privateAddressesAllowed()): Promise<"webhooks.rules.private" | "webhooks.rules.unresolved" | "webhooks.rules.https" | null> {
  const parsed = new URL(url);
  if (allowPrivate) return null;
  if (parsed.protocol !== "https:") return "webhooks.rules.https";
  let addresses: string[];
  try {
    addresses = await addressesOf(parsed.hostname);
  } catch {
    return "webhooks.rules.unresolved";
  }
  if (addresses.length === 0) return "webhooks.rules.unresolved";
  return addresses.some(isRefusedAddress) ? "webhooks.rules.private" : null;
}

/**
 * The `lookup` a delivery's connection uses: resolves the name once, refuses it when any address it resolves to is
 * refused, and hands the connection the checked address, so what was checked is what is connected to.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      if (list.length === 0) return callback(new RefusedAddressError(hostname), "", 4);
      if (!allowPrivate && list.some((entry) => isRefusedAddress(entry.address))) return callback(new RefusedAddressError(hostname), "", 4);
      if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** A literal address in the URL: Node connects to it without a lookup, so it is judged here. */
export function refusedLiteral(hostname: string, allowPrivate: boolean): boolean {
  const bare = hostname.replace(/^\[|\]$/g, "");
  return !allowPrivate && isIP(bare) !== 0 && isRefusedAddress(bare);
}
