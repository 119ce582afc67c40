/**
 * Next.js gives route handlers and next-auth no socket address. At start the server marks every incoming
 * request with its socket's address, under a header name drawn at random for this process, so a client
 * cannot send that header itself (lib/auth/client-address.ts reads it). The same hook keeps forwarded host
 * headers only from trusted proxies and refuses a Host that is not a host (lib/auth/request-host.ts).
 */
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { BlockList } from "node:net";
import { settleForwardedHeaders } from "./request-host";

const slot = Symbol.for("socle.peerAddressHeader");
type Slot = { [slot]?: string };

/** The header's name in this process, once recordPeerAddresses ran; shared across Next's bundles. */
export function peerAddressHeader(): string | undefined {
  return (globalThis as Slot)[slot];
}

export function stampPeerAddress(request: IncomingMessage, header: string): void {
  request.headers[header] = request.socket?.remoteAddress ?? "";
}

function refuseBadHost(response: ServerResponse): void {
  response.writeHead(400, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  response.end("Bad request: the Host header is not a host name or address.");
}

/** `trusted`: the proxies of SOCLE_TRUSTED_PROXIES. */
export function recordPeerAddresses(trusted: BlockList = new BlockList()): void {
  if (peerAddressHeader()) return;
  const header = `x-socle-peer-${randomBytes(12).toString("hex")}`;
  (globalThis as Slot)[slot] = header;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      stampPeerAddress(request, header);
      if (!settleForwardedHeaders(request.headers, request.headers[header] as string, trusted)) {
        refuseBadHost(args[1] as ServerResponse);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
