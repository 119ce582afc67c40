/**
 * Requests built to cost the server as much as possible (issue 15): a form row numbered in the billions, more fields
 * than any form sends, names nested deeper than any form's, posted by a role that may not do the action and by one
 * that may; and a large body posted with no session at all. Each must be answered at once, with a refusal, and
 * change nothing. (An old build spent minutes on the first: the request's timeout fails it.)
 */
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { createPerson } from "./helpers/accounts";
import { databaseFingerprint, type Form, formOn, linksOn, signedInRequest, submit } from "./helpers/forged-forms";
import { type Case, message, runCases } from "./helpers/malformed-requests";

const country = "ID";
/** Long enough for any refusal on a loaded machine; far shorter than an index of 4 billion took to walk. */
const answerWithin = 20_000;
const valid = { title: "Decree published", occurredOn: "2025-03-01" };

let baseURL: string;
let coordinator: APIRequestContext;
let reviewer: APIRequestContext;
let logForm: Form;

test.beforeAll(async ({ baseURL: url }) => {
  baseURL = url!;
  const setUp = await playwrightRequest.newContext({ baseURL });
  const people = { coordinator: await createPerson(setUp, { role: "coordinator" }), reviewer: await createPerson(setUp, { role: "reviewer" }) };
  coordinator = await signedInRequest(baseURL, people.coordinator.email, people.coordinator.password);
  reviewer = await signedInRequest(baseURL, people.reviewer.email, people.reviewer.password);
  const [stepPath] = (await linksOn(coordinator, `/countries/${country}`, new RegExp(`^/countries/${country}/steps/[0-9a-f-]{36}$`))).map((link) => link.href);
  // Read by the coordinator, who is shown the form; server actions answer whoever posts them.
  logForm = await formOn(coordinator, stepPath!, { title: undefined, occurredOn: undefined });
});

/** The log-milestone form as a browser without JavaScript posts it, with `extra` fields appended. */
function logPost(request: APIRequestContext, values: Record<string, string>, extra: [string, string][] = [], headers: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of logForm.fields) if (!(name in values)) body.append(name, value);
  for (const [name, value] of [...Object.entries(values), ...extra]) body.append(name, value);
  return request.post(logForm.path, { multipart: body, headers: { origin: baseURL, ...headers }, maxRedirects: 0, timeout: answerWithin });
}

const manyFields = (count: number): [string, string][] => Array.from({ length: count }, (_, index) => [`extra${index}`, "x"]);
const tooLarge = { status: 200, shows: [message("errors.formTooLarge")] };
// More parts than any form has: the proxy sends a browser without JavaScript back to the page, before parsing.
const tooManyParts = { status: 303 };

test("forms too large to read are refused at once and change nothing, whoever posts them", async () => {
  test.setTimeout(180_000);
  const cases: Case[] = [
    // The probe's request: a reviewer may never log a milestone, so the form is not even read.
    { name: "a reviewer's row numbered in the billions", send: () => logPost(reviewer, valid, [["files.4294967294", "x"]]), expected: { status: 200 } },
    { name: "a reviewer's 6,000 fields", send: () => logPost(reviewer, valid, manyFields(6000)), expected: tooManyParts },
    { name: "a coordinator's row numbered in the billions", send: () => logPost(coordinator, valid, [["links.4294967294.url", "https://a.org"]]), expected: tooLarge },
    { name: "a coordinator's row number 200", send: () => logPost(coordinator, valid, [["links.200.url", "https://a.org"]]), expected: tooLarge },
    { name: "a coordinator's 5,001 fields", send: () => logPost(coordinator, valid, manyFields(5001)), expected: tooManyParts },
    { name: "a coordinator's name of 7 parts", send: () => logPost(coordinator, valid, [["links.0.a.0.b.0.c", "x"]]), expected: tooLarge },
    { name: "a coordinator's field sent 5,001 times", send: () => logPost(coordinator, valid, Array.from({ length: 5001 }, (): [string, string] => ["files", "x"])), expected: tooManyParts },
  ];
  expect(await runCases(coordinator, cases)).toEqual([]);
});

test("a large form posted without a session is refused before it is read, and a small one still reaches its action", async () => {
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const upload = new File([new Uint8Array(1024 * 1024)], "evidence.pdf", { type: "application/pdf" });
  const before = await databaseFingerprint(coordinator);
  const post = (headers: Record<string, string> = {}) => {
    const body = new FormData();
    for (const [name, value] of logForm.fields) body.append(name, value);
    body.append("title", valid.title);
    body.append("files", upload, upload.name);
    return anonymous.post(logForm.path, { multipart: body, headers: { origin: baseURL, ...headers }, maxRedirects: 0, timeout: answerWithin });
  };

  // Without JavaScript the browser is sent back to the page, which says the upload was too large.
  const native = await post();
  expect(native.status()).toBe(303);
  expect(native.headers()["location"]).toContain("refused=tooLarge");
  const actionId = JSON.parse(logForm.fields.find(([name]) => /^\$ACTION_\d+:0$/.test(name))![1]).id as string;
  expect((await post({ "next-action": actionId })).status()).toBe(413);

  const small = await logPost(anonymous, valid);
  expect(small.status()).toBeLessThan(500);
  expect(small.headers()["location"] ?? "").not.toContain("refused=tooLarge");
  expect(await databaseFingerprint(coordinator)).toBe(before);
});

test("the language control posted by nobody signed in, or naming a language not offered, is never a 500 and changes nothing", async () => {
  // The bench found it: the shell's language action threw its refusal, a 500, for a visitor without a session.
  const languageForm = await formOn(coordinator, `/countries/${country}`, { locale: undefined });
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const before = await databaseFingerprint(coordinator);
  const signedOut = await submit(anonymous, languageForm, { locale: "fr" }, baseURL);
  expect(signedOut.status()).toBeLessThan(500);
  expect(signedOut.headers()["location"] ?? "").toContain("/sign-in");
  const forged = await submit(coordinator, languageForm, { locale: "xx" }, baseURL);
  expect(forged.status()).toBeLessThan(500);
  expect(await databaseFingerprint(coordinator)).toBe(before);
});

test("a visitor without a session following a very long address is sent to sign in with a redirect any client accepts", async () => {
  // The bench found it: the whole 7,000-character search went into callbackUrl, a header fetch clients refuse.
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const response = await anonymous.get(`/search?q=${"social ".repeat(1000)}`, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = response.headers()["location"] ?? "";
  expect(location).toContain("/sign-in?callbackUrl=%2Fsearch");
  expect(location.length).toBeLessThan(2100);
});
