/**
 * Tools for sending malformed requests to the real server and judging the answer: hand-built multipart
 * bodies (so they can be broken), English catalogue messages to look for, and a runner that checks each case
 * answered as expected, without a stack trace, and left every table's fingerprint unchanged.
 */
import type { APIRequestContext, APIResponse } from "@playwright/test";
import en from "../../lib/i18n/messages/en.json" with { type: "json" };
import { databaseFingerprint, decode, type Form } from "./forged-forms";

/** An English message from the catalogue, with its {values} filled in, as the user reads it. */
export function message(key: string, values: Record<string, string | number> = {}): string {
  const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
  if (typeof text !== "string") throw new Error(`no message ${key} in en.json`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

export type FilePart = { fileName: string; type: string; bytes: Buffer };
export type Part = [name: string, value: string | FilePart];

/** A multipart/form-data body built by hand, so that a test can break it. */
export function multipartBody(parts: Part[], boundary: string): Buffer {
  const chunks = parts.flatMap(([name, value]) =>
    typeof value === "string"
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)]
      : [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.fileName}"\r\nContent-Type: ${value.type}\r\n\r\n`),
          value.bytes,
          Buffer.from("\r\n"),
        ],
  );
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]);
}

/** The parts a browser without JavaScript would send for `form`, with `values` in place of the page's. */
export const formParts = (form: Form, values: Record<string, string> = {}): Part[] => [
  ...form.fields.filter(([name]) => !(name in values)),
  ...Object.entries(values),
];

/** Posts a raw body to a page, as a browser would a form (same origin, no redirect followed). */
export function postRaw(request: APIRequestContext, path: string, body: Buffer | string, headers: Record<string, string>, baseURL: string) {
  return request.post(path, { data: body, headers: { origin: baseURL, ...headers }, maxRedirects: 0 });
}

/** What a case must answer: an exact status (and API error code, or "any" code), or a page showing these messages. */
export type Expected = { status: number | "4xx"; code?: string; shows?: string[] };

function parsed(body: string): { error?: { code?: string; message?: string } } | null {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
/** A response, from Playwright or from a bare Node request. */
export type Answer = Pick<APIResponse, "status" | "text">;
export type Case = { name: string; send: () => Promise<Answer>; expected: Expected };

// A Node or Next stack trace, or a path of the server's code.
const stackTrace = /\n\s+at [^\n]+:\d+:\d+|node_modules[\\/]|webpack-internal:|\.next[\\/]server/;

/** Runs the cases one by one; returns what went wrong, one line per surprise. */
export async function runCases(fingerprints: APIRequestContext, cases: Case[]): Promise<string[]> {
  const surprises: string[] = [];
  for (const { name, send, expected } of cases) {
    const before = await databaseFingerprint(fingerprints);
    const response = await send();
    const body = await response.text();
    const after = await databaseFingerprint(fingerprints);
    const status = response.status();
    const wrong: string[] = [];
    if (expected.status === "4xx" ? status < 400 || status > 499 : status !== expected.status) wrong.push(`answered ${status}, expected ${expected.status}`);
    if (expected.code) {
      const error = parsed(body)?.error;
      if (!error?.message || !(expected.code === "any" ? error.code : error.code === expected.code)) wrong.push(`expected the error ${expected.code} with a message`);
    }
    const text = decode(body);
    for (const shown of expected.shows ?? []) if (!text.includes(shown)) wrong.push(`does not show "${shown}"`);
    if (stackTrace.test(body)) wrong.push("shows a stack trace");
    if (after !== before) wrong.push("changed the database");
    if (wrong.length) surprises.push(`${name}: ${wrong.join("; ")} — ${body.slice(0, 160).replace(/\s+/g, " ")}`);
  }
  return surprises;
}
