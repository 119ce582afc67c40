/**
 * Next.js gives route handlers and next-auth no socket address. At start the server marks every incoming
 * request with its socket's address, under a header name drawn at random for this process, so a client
 * cannot send that header itself (lib/auth/client-address.ts reads it).
 */
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";

const slot = Symbol.for("socle.peerAddressHeader");
type Slot = { [slot]?: string };

/** The header's name in this process, once recordPeerAddresses ran; shared across Next's bundles. */
export function peerAddressHeader(): string | undefined {
  return (globalThis as Slot)[slot];
}

export function stampPeerAddress(request: IncomingMessage, header: string): void {
  request.headers[header] = request.socket?.remoteAddress ?? "";
}

export function recordPeerAddresses(): void {
  if (peerAddressHeader()) return;
  const header = `x-socle-peer-${randomBytes(12).toString("hex")}`;
  (globalThis as Slot)[slot] = header;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampPeerAddress(args[0] as IncomingMessage, header);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
