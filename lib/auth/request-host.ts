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
 * Run on each request as the server receives it, before Next.js reads it. X-Forwarded-Host and -Proto are
 * believed only from a trusted proxy, and only when well formed; otherwise they are set from the request's own
 * Host and plain HTTP (the server itself speaks no TLS), so everything downstream, next-auth included, sees the
 * address the client used. Answers false when the Host header itself is not a host.
 */
export function settleForwardedHeaders(headers: IncomingHttpHeaders, peer: string, trusted: BlockList): boolean {
  if (headers.host !== undefined && !isHostHeader(headers.host)) return false;
  const fromProxy = isTrusted(trusted, peer);
  const host = fromProxy ? firstValue(headers["x-forwarded-host"]) : undefined;
  const proto = fromProxy ? firstValue(headers["x-forwarded-proto"])?.toLowerCase() : undefined;
  for (const name of forwardedHeaders) delete headers[name];
  const ownHost = host !== undefined && isHostHeader(host) ? host : headers.host;
  if (ownHost !== undefined) headers["x-forwarded-host"] = ownHost;
  headers["x-forwarded-proto"] = proto === "https" ? "https" : "http";
  return true;
}

/** The origin the request was sent to, from headers settled as above, or null when they name none. */
export function requestOriginOf(headers: Headers): string | null {
  const host = firstValue(headers.get("x-forwarded-host") ?? headers.get("host") ?? undefined);
  const proto = firstValue(headers.get("x-forwarded-proto") ?? undefined) === "https" ? "https" : "http";
  return host && isHostHeader(host) ? `${proto}://${host}` : null;
}
