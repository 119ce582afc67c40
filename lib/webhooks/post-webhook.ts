/**
 * One attempt at a webhook: a POST of the exact body with its signed headers, over a connection whose address the
 * guard's `lookup` checked (lib/webhooks/address-guard.ts), within the timeout; no redirect is followed (a 3xx is a
 * failure, as the specification says).
 */
import "server-only";
import http from "node:http";
import https from "node:https";
import { guardedLookup, refusedLiteral } from "./address-guard";

export type AttemptOutcome = { statusCode: number | null; error: string | null; durationMs: number; retryAfterSeconds: number | null };

/** Retry-After in seconds, or an HTTP date; anything else is ignored. */
function retryAfterOf(value: string | string[] | undefined, now: number): number | null {
  if (typeof value !== "string") return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now) / 1000));
}

export function postWebhook(url: string, headers: Record<string, string>, body: string, options: { timeoutMs: number; allowPrivate: boolean }): Promise<AttemptOutcome> {
  const started = Date.now();
  const done = (outcome: Omit<AttemptOutcome, "durationMs">): AttemptOutcome => ({ ...outcome, durationMs: Date.now() - started });
  const target = new URL(url);
  if (refusedLiteral(target.hostname, options.allowPrivate)) {
    return Promise.resolve(done({ statusCode: null, error: "address refused: private, loopback or link-local", retryAfterSeconds: null }));
  }
  const client = target.protocol === "https:" ? https : http;
  // The lookup on the agent: the connection goes to the very address the guard checked.
  const agent = new client.Agent({ keepAlive: false, lookup: guardedLookup(options.allowPrivate) });
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: Omit<AttemptOutcome, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      agent.destroy();
      resolve(done(outcome));
    };
    const request = client.request(target, { method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body).toString(), "user-agent": "Socle-Webhooks/1" } }, (response) => {
      // The body is not needed: read and dropped so the socket closes.
      response.resume();
      settle({ statusCode: response.statusCode ?? null, error: null, retryAfterSeconds: retryAfterOf(response.headers["retry-after"], Date.now()) });
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${Math.round(options.timeoutMs / 1000)} s`));
    }, options.timeoutMs);
    request.on("error", (error) => settle({ statusCode: null, error: error.message.slice(0, 500), retryAfterSeconds: null }));
    request.end(body);
  });
}
