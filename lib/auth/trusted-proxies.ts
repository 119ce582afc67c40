/**
 * The proxies in front of Socle (SOCLE_TRUSTED_PROXIES): only a request whose socket is one of them may tell
 * who the client is (X-Forwarded-For) and which address the client used (X-Forwarded-Host, -Proto).
 */
import { BlockList, isIP } from "node:net";

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

export function plainAddress(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, ""); // an IPv4 client on an IPv6 socket
}

export function isTrusted(trusted: BlockList, address: string): boolean {
  const plain = plainAddress(address);
  const family = isIP(plain);
  return family !== 0 && trusted.check(plain, family === 6 ? "ipv6" : "ipv4");
}
