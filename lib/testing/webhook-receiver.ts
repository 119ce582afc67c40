/**
 * A webhook receiver for the tests, written from the Standard Webhooks specification (SPF-DOMAIN-2.md §6), not from
 * Socle's signer: `verifyStandardWebhook` checks a request as a receiver would; `startWebhookReceiver` listens on
 * 127.0.0.1 and keeps every request's exact bytes, answering with the status the test chooses.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { path: string; headers: http.IncomingHttpHeaders; body: string };

/**
 * True when one `v1,` entry of `webhook-signature` is the base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" under the
 * secret's decoded bytes (after `whsec_`), compared in constant time, and the timestamp is within five minutes of `now`.
 */
export function verifyStandardWebhook(secret: string, headers: Record<string, string | string[] | undefined>, body: string, now = Date.now()): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (typeof id !== "string" || typeof timestamp !== "string" || typeof signatures !== "string" || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > 5 * 60) return false;
  if (!secret.startsWith("whsec_")) return false;
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export type WebhookReceiver = {
  url: string;
  received: ReceivedWebhook[];
  /** The status to answer a path with (200 unless set), and an optional Retry-After. */
  answer: (path: string, status: number, retryAfter?: string) => void;
  /** The requests to a path, once there are `count` of them (or the timeout passed). */
  waitFor: (path: string, count: number, timeoutMs?: number) => Promise<ReceivedWebhook[]>;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const answers = new Map<string, { status: number; retryAfter?: string }>();
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "/", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const { status, retryAfter } = answers.get(request.url ?? "/") ?? { status: 200 };
      response.writeHead(status, retryAfter ? { "retry-after": retryAfter } : {});
      response.end();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    answer: (path, status, retryAfter) => answers.set(path, { status, retryAfter }),
    waitFor: async (path, count, timeoutMs = 15_000) => {
      const until = Date.now() + timeoutMs;
      const toPath = () => received.filter((request) => request.path === path);
      while (toPath().length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      return toPath();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
