/** Second factors in the browser tests made over HTTP, through the profile's own forms (the authorization walk's targets). */
import { type APIRequestContext, expect } from "@playwright/test";
import { totpCodeAt } from "../../lib/second-factor/totp";
import { decode, type Form, formsOn, submit } from "./forged-forms";

/** The form of `path` whose markup holds `marker` (forms of one shape told apart by their text or ids). */
export async function formHolding(request: APIRequestContext, path: string, marker: string): Promise<Form> {
  const html = (await (await request.get(path)).text()).match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = (await formsOn(request, path))[html.findIndex((markup) => markup.includes(marker))];
  expect(form, `the form holding ${marker} on ${path}`).toBeTruthy();
  return form!;
}

/** Turns on the second factor of the person `request` is signed in as; their secret, as their app would hold it. */
export async function turnOnSecondFactor(request: APIRequestContext, baseURL: string): Promise<string> {
  const path = "/profile/two-factor";
  expect((await submit(request, await formHolding(request, path, "Set up two-factor sign-in"), {}, baseURL)).status()).toBeLessThan(400);
  const html = await (await request.get(path)).text();
  const secret = decode(html.match(/id="second-factor-secret"[^>]*>([^<]+)</)?.[1] ?? "").replace(/\s/g, "");
  expect(secret, "the key shown on the set-up page").toMatch(/^[A-Z2-7]{32}$/);
  const confirmed = await submit(request, await formHolding(request, path, 'value="confirm"'), { code: totpCodeAt(secret) }, baseURL);
  expect(confirmed.status()).toBeLessThan(400);
  return secret;
}
