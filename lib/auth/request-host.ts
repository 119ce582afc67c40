/**
 * Which address a request came to, so that Socle answers on it (decision 2340): the Host header the client
 * sent, or, from a trusted proxy only, X-Forwarded-Host and X-Forwarded-Proto. A Host that is not a host name
 * or an IP address, with an optional port, is refused before anything builds an address from it.
 */
import type { IncomingHttpHeaders } from "node:http";
import { isIPv6, type BlockList } from "node:net";
import { isTrusted } from "./trusted-proxies";

const label = "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?";
const hostPattern = new RegExp(`^(?:(${label}(?:\\.${label})*\\.?)|\\[([0-9A-Fa-f:.]+)\\])(?::(\\d{1,5}))?$`);

/** "socle.office.lan", "192.168.1.20:3000", "[::1]:3000": a name or address a browser could have used, nothing else. */
export function isHostHeader(value: string): boolean {
  if (value.length > 255) return false;
  const match = hostPattern.exec(value);
  if (!match) return false;
  const [, , ipv6, port] = match;
  if (ipv6 !== undefined && !isIPv6(ipv6)) return false;
  return port === undefined || Number(port) <= 65535;
}

const forwardedHeaders = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

function firstValue(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw?.split(",")[0]?.trim() || undefined;
}

/**
 * Run on each request as the server receives it, before Next.js reads it. Forwarded headers count only from a
 * trusted proxy, and only when well formed: otherwise they are dropped, and Next.js fills them in from the
 * request's own Host and socket. Answers false when the Host header itself is not a host.
 */
export function settleForwardedHeaders(headers: IncomingHttpHeaders, peer: string, trusted: BlockList): boolean {
  if (headers.host !== undefined && !isHostHeader(headers.host)) return false;
  if (!isTrusted(trusted, peer)) {
    for (const name of forwardedHeaders) delete headers[name];
    return true;
  }
  const host = firstValue(headers["x-forwarded-host"]);
  const proto = firstValue(headers["x-forwarded-proto"])?.toLowerCase();
  if (host !== undefined) {
    if (isHostHeader(host)) headers["x-forwarded-host"] = host;
    else delete headers["x-forwarded-host"];
  }
  if (proto !== undefined) {
    if (proto === "http" || proto === "https") headers["x-forwarded-proto"] = proto;
    else delete headers["x-forwarded-proto"];
  }
  return true;
}

/**
 * The origin the request was sent to, from headers settled as above (Next.js has filled in X-Forwarded-Host
 * and -Proto by then), or null when they name none.
 */
export function requestOriginOf(headers: Headers): string | null {
  const host = firstValue(headers.get("x-forwarded-host") ?? headers.get("host") ?? undefined);
  const proto = firstValue(headers.get("x-forwarded-proto") ?? undefined) === "https" ? "https" : "http";
  return host && isHostHeader(host) ? `${proto}://${host}` : null;
}
