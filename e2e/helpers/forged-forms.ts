/**
 * Forms read from a page's HTML and posted again by someone else, as a forged request would be: the server
 * action's hidden fields, the record ids the page put in the form, and the values we choose. No browser runs
 * JavaScript here; this is the request a form without JavaScript sends.
 */
import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest } from "@playwright/test";
import { decode, formsIn } from "../../bench/lib/page-forms";
import { postSignIn } from "./accounts";

export { decode };

export type Form = { path: string; fields: [string, string][] };

let serial = 0;
/** A title no other request of this run has used: the record a forged request made is found again by it. */
export const unique = (what: string) => `${what} ${Date.now().toString(36)}-${++serial}`;

/** The forms of a page, each with what a browser would submit if nothing were typed. */
export async function formsOn(request: APIRequestContext, path: string): Promise<Form[]> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  const html = await response.text();
  return formsIn(html).map((form) => ({ path, fields: form.fields }));
}

/** Links of a page matching a pattern, with their text: to find the record just made. */
export async function linksOn(request: APIRequestContext, path: string, href: RegExp): Promise<{ href: string; text: string }[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)]
    .filter((link) => href.test(link[1]!))
    .map((link) => ({ href: decode(link[1]!), text: decode(link[2]!.replace(/<[^>]+>/g, "")) }));
}

/**
 * The one form of a page whose fields match: `{ to: "in_progress" }` (that value) or `{ title: undefined }`
 * (present). With `exact`, the form has no other field.
 */
export async function formOn(
  request: APIRequestContext,
  path: string,
  match: Record<string, string | undefined>,
  { exact = false } = {},
): Promise<Form> {
  const found = (await formsOn(request, path)).filter(
    (form) =>
      Object.entries(match).every(([name, value]) => form.fields.some(([field, fieldValue]) => field === name && (value === undefined || fieldValue === value))) &&
      (!exact || form.fields.every(([field]) => field.startsWith("$ACTION") || field in match)),
  );
  expect(found.length, `one form on ${path} with ${Object.keys(match).join(", ")}`).toBe(1);
  return found[0]!;
}

export const fieldOf = (form: Form, name: string) => form.fields.find(([field]) => field === name)?.[1];

/** Posts the form as a browser without JavaScript would, with `values` (text or files) filled in (and replacing the page's). */
export function submit(request: APIRequestContext, form: Form, values: Record<string, string | File>, baseURL: string): Promise<APIResponse> {
  const body = new FormData();
  for (const [name, value] of form.fields) if (!(name in values)) body.append(name, value);
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string") body.append(name, value);
    else body.append(name, value, value.name);
  }
  return request.post(form.path, { multipart: body, headers: { origin: baseURL }, maxRedirects: 0 });
}

/** The agencies offered by a page's agency select, by acronym: their ids, to put in forms and API bodies. */
export async function agencyIdsOn(request: APIRequestContext, path: string): Promise<Map<string, string>> {
  const html = await (await request.get(path)).text();
  // The agency select's options only: a page may offer other records by id too (a support entry as funding source,
  // titled after its agency), which would otherwise be taken for agencies.
  const select = /<select[^>]*\bname="agencyId"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? "";
  return new Map([...select.matchAll(/<option value="([0-9a-f-]{36})"[^>]*>([^<]*)<\/option>/g)].map((option) => [option[2]!.split(/\s/)[0]!, option[1]!]));
}

/** A request context of its own, signed in as the form would sign in. */
export async function signedInRequest(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const request = await playwrightRequest.newContext({ baseURL });
  await postSignIn(request, email, password);
  return request;
}

/** A digest of every table, from the test-support route of the server under test. */
export async function databaseFingerprint(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/test-support/fingerprint");
  expect(response.status()).toBe(200);
  return (await response.json()).fingerprint;
}
