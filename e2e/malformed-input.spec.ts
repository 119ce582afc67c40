/**
 * Bad input at the HTTP boundary, sent to the real server by a person allowed to do the action: malformed
 * multipart bodies, wrong content types, fields of the wrong shape, oversized bodies, disguised files, huge
 * strings and control characters to the server actions (forms read from the page), and invalid JSON, wrong
 * types, wrong content types, empty and oversized bodies, forged ids and other scopes' ids to every /api/v1
 * write. Each must answer a 4xx (or, for a form, the page with a clear message), never a stack trace, and
 * leave every table's fingerprint unchanged.
 */
import http from "node:http";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { maxEvidenceFileMegabytes, uploadRequestLimitMegabytes } from "../lib/validation/upload-limits";
import { createPerson, signInAsNew } from "./helpers/accounts";
import { agencyIdsOn, type Form, formOn, formsOn, linksOn, signedInRequest, submit } from "./helpers/forged-forms";
import { type Case, type FilePart, formParts, message, multipartBody, postRaw, runCases } from "./helpers/malformed-requests";

// Countries no other spec reads or writes.
const own = "ID";
const other = "PH";
const overLimit = (uploadRequestLimitMegabytes + 1) * 1024 * 1024;

let baseURL: string;
let admin: APIRequestContext;
let cases = 0;
test.afterAll(() => console.log(`malformed input over HTTP: ${cases} cases`));

/** The coordinator's API calls that make the targets (as a same-origin page would). */
async function asAdmin(method: string, path: string, body: unknown): Promise<{ id: string; version?: number }> {
  const response = await admin.fetch(`/api/v1${path}`, { method, data: body as object, headers: { origin: baseURL } });
  expect(response.status(), `the coordinator's ${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()).data;
}

async function stepIds(request: APIRequestContext, countryCode: string): Promise<string[]> {
  const response = await request.get(`/api/v1/countries/${countryCode}/steps`);
  expect(response.status()).toBe(200);
  return (await response.json()).data.map((step: { id: string }) => step.id);
}

test.beforeAll(async ({ baseURL: url }) => {
  baseURL = url!;
  const setUp = await playwrightRequest.newContext({ baseURL });
  const coordinator = await createPerson(setUp, { role: "coordinator" });
  admin = await signedInRequest(baseURL, coordinator.email, coordinator.password);
});

const file = (fileName: string, type: string, bytes: Buffer | string): FilePart => ({ fileName, type, bytes: Buffer.from(bytes) });
const asFile = ({ fileName, type, bytes }: FilePart) => new File([new Uint8Array(bytes)], fileName, { type });
const html = "<!doctype html><html><body><script>alert(1)</script></body></html>";
const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(0x7e), Buffer.from("PE\0\0"), Buffer.alloc(512, 7)]);
const zipCut = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 1)]);

/** A POST whose body is streamed in chunks without Content-Length, so only the server's own limit stops it. */
function postChunked(path: string, headers: Record<string, string>, bytes: number) {
  return new Promise<{ status(): number; headers(): Record<string, string> }>((resolve, reject) => {
    const request = http.request(new URL(path, baseURL), { method: "POST", headers: { origin: baseURL, ...headers } }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: () => response.statusCode!, headers: () => response.headers as Record<string, string> }));
    });
    request.on("error", reject);
    const chunk = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      request.end();
    };
    write();
  });
}

test("server actions answer malformed requests with a 4xx or the form's message, and change nothing", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAsNew(page, { role: "coordinator" });
  const request = page.request;
  const [stepPath] = (await linksOn(request, `/countries/${own}`, new RegExp(`^/countries/${own}/steps/[0-9a-f-]{36}$`))).map((link) => link.href);
  const logForm = await formOn(request, stepPath!, { title: undefined, occurredOn: undefined });
  const entryForm = await formOn(request, `/support/new?country=${own}`, { title: undefined });
  const importForm: Form = (await formsOn(request, "/support/import")).find((form) => form.fields.every(([name]) => name.startsWith("$ACTION")))!;
  expect(importForm, "the import form").toBeTruthy();
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const valid = { title: "Decree published", occurredOn: "2025-03-01" };
  const send = (form: Form, values: Record<string, string | File>) => () => submit(request, form, values, baseURL);
  const raw = (body: Buffer | string, contentType: string, headers: Record<string, string> = {}) => () =>
    postRaw(request, stepPath!, body, { "content-type": contentType, ...headers }, baseURL);
  const body = multipartBody(formParts(logForm, valid), "socle-one");
  const actionReference = logForm.fields.find(([name]) => /^\$ACTION_\d+:0$/.test(name))!;
  const actionId = JSON.parse(actionReference[1]).id as string;
  // A form without JavaScript whose body is too large is sent back to its page, which says so.
  const backToThePage = async (response: { status(): number; headers(): Record<string, string> }) => {
    expect(response.status(), "refused at once with a way back").toBe(303);
    return request.get(response.headers()["location"]!);
  };
  const refused = (key: string, values: Record<string, string | number> = {}) => ({ status: 200, shows: [message(key, values)] });
  const formCases: Case[] = [
    { name: "a boundary that is not the body's", send: raw(body, "multipart/form-data; boundary=socle-two"), expected: { status: "4xx" } },
    { name: "multipart without a boundary", send: raw(body, "multipart/form-data"), expected: { status: "4xx" } },
    { name: "a multipart body cut in the middle", send: raw(body.subarray(0, body.length / 2), "multipart/form-data; boundary=socle-one"), expected: { status: "4xx" } },
    { name: "a multipart body without its closing boundary", send: raw(body.subarray(0, body.length - 16), "multipart/form-data; boundary=socle-one"), expected: { status: "4xx" } },
    {
      name: "a form without the action's parts",
      send: raw(multipartBody(formParts(logForm, valid).filter(([name]) => !name.startsWith("$ACTION")), "socle-one"), "multipart/form-data; boundary=socle-one"),
      expected: { status: "4xx" },
    },
    {
      name: "an action reference that is not JSON",
      send: raw(multipartBody(formParts(logForm, { ...valid, [actionReference[0]]: "{not json" }), "socle-one"), "multipart/form-data; boundary=socle-one"),
      expected: { status: "4xx" },
    },
    {
      name: "an action the server does not have",
      send: raw(multipartBody(formParts(logForm, { ...valid, [actionReference[0]]: actionReference[1].replace(actionId, "7f".repeat(21)) }), "socle-one"), "multipart/form-data; boundary=socle-one"),
      expected: { status: "4xx" },
    },
    { name: "the form url-encoded", send: raw(new URLSearchParams(formParts(logForm, valid) as [string, string][]).toString(), "application/x-www-form-urlencoded"), expected: { status: "4xx" } },
    { name: "text with the action's header", send: raw("garbage \u0000 [", "text/plain;charset=UTF-8", { "next-action": actionId }), expected: { status: "4xx" } },
    { name: "JSON with the action's header", send: raw('{"title": 1}', "application/json", { "next-action": actionId }), expected: { status: "4xx" } },
    { name: "an action header naming no action", send: raw('["$K1"]', "text/plain;charset=UTF-8", { "next-action": "7f".repeat(21) }), expected: { status: "4xx" } },
    { name: "no fields", send: raw(multipartBody(logForm.fields.filter(([name]) => name.startsWith("$ACTION")), "socle-one"), "multipart/form-data; boundary=socle-one"), expected: refused("validation.required") },
    { name: "a date that is not a date", send: send(logForm, { ...valid, occurredOn: "31/02/2025" }), expected: refused("validation.date") },
    { name: "a date that does not exist", send: send(logForm, { ...valid, occurredOn: "2025-02-30" }), expected: refused("validation.date") },
    { name: "a title sent as a file", send: send(logForm, { ...valid, title: asFile(file("title.txt", "text/plain", "Decree")) }), expected: refused("errors.invalid") },
    { name: "a choice not offered", send: send(logForm, { ...valid, sharingLevel: "everyone" }), expected: refused("validation.choice") },
    { name: "a link that is script", send: send(logForm, { ...valid, "links.0.url": "javascript:alert(1)" }), expected: refused("validation.url") },
    { name: "a huge title", send: send(logForm, { ...valid, title: "x".repeat(1_000_000) }), expected: refused("validation.tooLong", { maximum: 200 }) },
    { name: "a title of control characters", send: send(logForm, { ...valid, title: "\u0000\u0007\u001b\u007f" }), expected: refused("validation.controlCharacters") },
    { name: "a description with a NUL byte", send: send(logForm, { ...valid, description: "before\u0000after" }), expected: refused("validation.controlCharacters") },
    { name: "an HTML page named .pdf", send: send(logForm, { ...valid, files: asFile(file("minutes.pdf", "application/pdf", html)) }), expected: refused("evidence.typeNotAccepted", { name: "minutes.pdf" }) },
    { name: "a program named .pdf", send: send(logForm, { ...valid, files: asFile(file("report.pdf", "application/pdf", exe)) }), expected: refused("evidence.typeNotAccepted", { name: "report.pdf" }) },
    {
      name: "a file just over the limit",
      send: send(logForm, { ...valid, files: asFile(file("big.pdf", "application/pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(maxEvidenceFileMegabytes * 1024 * 1024)]))) }),
      expected: refused("evidence.fileTooLarge", { name: "big.pdf", maximum: maxEvidenceFileMegabytes }),
    },
    { name: "an amount that is not a number", send: send(entryForm, { kind: "financial", title: "Cash", status: "planned", amount: "12,5", currency: "USD" }), expected: refused("validation.amount") },
    { name: "a negative amount", send: send(entryForm, { kind: "financial", title: "Cash", status: "planned", amount: "-5", currency: "USD" }), expected: refused("validation.amountNegative") },
    { name: "an enormous amount", send: send(entryForm, { kind: "financial", title: "Cash", status: "planned", amount: "9".repeat(400), currency: "USD" }), expected: refused("validation.amount") },
    { name: "a currency that is not ISO 4217", send: send(entryForm, { kind: "financial", title: "Cash", status: "planned", amount: "5", currency: "DOLLARS" }), expected: refused("validation.currency") },
    { name: "a forged agency id", send: send(entryForm, { kind: "technical", technicalCategory: "costing_modelling", title: "Costing", status: "planned", agencyId: "00000000-0000-4000-8000-000000000000" }), expected: refused("validation.choice") },
    { name: "an import without a file", send: send(importForm, {}), expected: refused("import.fileMissing") },
    { name: "an empty import file", send: send(importForm, { file: asFile(file("support.csv", "text/csv", "")) }), expected: refused("import.fileMissing") },
    { name: "a program named .csv", send: send(importForm, { file: asFile(file("support.csv", "text/csv", exe)) }), expected: refused("import.notUtf8") },
    { name: "an HTML page named .xlsx", send: send(importForm, { file: asFile(file("support.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", html)) }), expected: refused("import.unreadable") },
    { name: "a truncated .xlsx", send: send(importForm, { file: asFile(file("support.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zipCut)) }), expected: refused("import.unreadable") },
    { name: "a CSV with a stray quote", send: send(importForm, { file: asFile(file("support.csv", "text/csv", 'record,reference\nentry,"AB\n')) }), expected: refused("import.csvMalformed", { line: 2 }) },
    { name: "a CSV in Latin-1", send: send(importForm, { file: asFile(file("support.csv", "text/csv", Buffer.from("record,title\nentry,Protection sociale \xe9largie\n", "latin1"))) }), expected: refused("import.notUtf8") },
    { name: "a CSV without the columns", send: send(importForm, { file: asFile(file("support.csv", "text/csv", "a,b\n1,2\n")) }), expected: { status: 200, shows: ["The first row must name these columns"] } },
    {
      name: "a body over the limit, with its length",
      send: () => postRaw(request, stepPath!, Buffer.alloc(overLimit), { "content-type": "multipart/form-data; boundary=socle-one" }, baseURL).then(backToThePage),
      expected: refused("evidence.uploadTooLarge"),
    },
    {
      name: "a body over the limit, from JavaScript",
      send: raw(Buffer.alloc(overLimit), "multipart/form-data; boundary=socle-one", { "next-action": actionId }),
      expected: { status: 413 },
    },
    {
      name: "a body over the limit, streamed without a length",
      send: () => postChunked(stepPath!, { "content-type": "multipart/form-data; boundary=socle-one", cookie }, overLimit).then(backToThePage),
      expected: refused("evidence.uploadTooLarge"),
    },
  ];
  const surprises = await runCases(admin, formCases);
  cases += formCases.length;
  expect(surprises).toEqual([]);
});

type Write = { name: string; method: "POST" | "PATCH"; path: string; body: Record<string, unknown> };

/** The cases every write gets: bodies that are not the JSON object it reads, and fields of the wrong shape. */
function writeCases(request: APIRequestContext, write: Write, text: { field: string; maximum: number }): Case[] {
  const call = (data: string | Buffer, contentType: string | null) => () =>
    request.fetch(`/api/v1${write.path}`, { method: write.method, data, headers: { origin: baseURL, ...(contentType ? { "content-type": contentType } : {}) } });
  const json = (body: unknown) => call(JSON.stringify(body), "application/json");
  const valid = JSON.stringify(write.body);
  const invalid = { status: 422, code: "INVALID" };
  const named = (name: string, send: Case["send"], expected: Case["expected"]): Case => ({ name: `${write.name}: ${name}`, send, expected });
  return [
    named("invalid JSON", call(valid.slice(0, -2), "application/json"), invalid),
    named("a JSON array", call("[]", "application/json"), invalid),
    named("a JSON string", call('"a milestone"', "application/json"), invalid),
    named("JSON null", call("null", "application/json"), invalid),
    named("a JSON number", call("42", "application/json"), invalid),
    named("an empty body", call("", "application/json"), invalid),
    named("JSON sent as text", call(valid, "text/plain"), { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" }),
    named("a form instead of JSON", call(new URLSearchParams(Object.entries(write.body).map(([k, v]) => [k, String(v)])).toString(), "application/x-www-form-urlencoded"), { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" }),
    named("no content type", call(Buffer.from(valid), null), { status: 415, code: "UNSUPPORTED_MEDIA_TYPE" }),
    named("a body of 2 MB", json({ ...write.body, [text.field]: "x".repeat(2 * 1024 * 1024) }), { status: 413, code: "TOO_LARGE" }),
    named("a body over the upload limit", call(Buffer.alloc(overLimit, " "), "application/json"), { status: 413, code: "TOO_LARGE" }),
    named("a text field as a number", json({ ...write.body, [text.field]: 12345 }), invalid),
    named("a text field as an object", json({ ...write.body, [text.field]: { en: "x" } }), invalid),
    named("a huge string", json({ ...write.body, [text.field]: "x".repeat(100_000) }), invalid),
    named("control characters only", json({ ...write.body, [text.field]: "\u0000\u0007\u001b" }), invalid),
    named("a NUL byte in a short text", json({ ...write.body, [text.field]: "before\u0000after" }), invalid),
    named("a NUL byte in a long text", json({ ...write.body, [text.field]: `${"y".repeat(text.maximum)}\u0000` }), invalid),
    named("a date that does not exist", json({ ...write.body, ...("occurredOn" in write.body ? { occurredOn: "2025-02-30" } : { startDate: "2025-13-01" }) }), invalid),
  ];
}

/** Calls that must be refused as not found or not allowed: forged ids and ids of another scope. */
function refusedCall(request: APIRequestContext, name: string, method: "POST" | "PATCH", path: string, body: unknown): Case {
  return {
    name,
    send: () => request.fetch(`/api/v1${path}`, { method, data: JSON.stringify(body), headers: { origin: baseURL, "content-type": "application/json" } }),
    expected: { status: "4xx", code: "any" },
  };
}

test("the milestone writes of /api/v1 refuse malformed bodies, forged ids and another country's ids, and change nothing", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAsNew(page, { role: "working_group_member", countryCode: own });
  const request = page.request;
  const [ownStep] = await stepIds(request, own);
  const [otherStep] = await stepIds(admin, other);
  const otherMilestone = await asAdmin("POST", `/countries/${other}/milestones`, { countryStepId: otherStep, title: "Decree in another country", occurredOn: "2025-01-01" });
  const log = { countryStepId: ownStep, title: "Working group set up", occurredOn: "2025-03-01" };
  // The valid request passes, so every refusal below comes from the input.
  const logged = await request.post(`/api/v1/countries/${own}/milestones`, { data: log, headers: { origin: baseURL } });
  expect(logged.status(), await logged.text()).toBe(201);
  const mine: { id: string; version: number } = (await logged.json()).data;
  const edit = { version: mine.version, title: "Working group set up by decree", occurredOn: "2025-03-02" };
  const forged = "00000000-0000-4000-8000-000000000000";
  const apiCases: Case[] = [
    ...writeCases(request, { name: "log a milestone", method: "POST", path: `/countries/${own}/milestones`, body: log }, { field: "title", maximum: 200 }),
    ...writeCases(request, { name: "edit a milestone", method: "PATCH", path: `/milestones/${mine.id}`, body: edit }, { field: "title", maximum: 200 }),
    refusedCall(request, "log a milestone: a forged step id", "POST", `/countries/${own}/milestones`, { ...log, countryStepId: forged }),
    refusedCall(request, "log a milestone: a step id that is not an id", "POST", `/countries/${own}/milestones`, { ...log, countryStepId: "1 or 1=1" }),
    refusedCall(request, "log a milestone: another country's step", "POST", `/countries/${own}/milestones`, { ...log, countryStepId: otherStep }),
    refusedCall(request, "log a milestone: in another country", "POST", `/countries/${other}/milestones`, { ...log, countryStepId: otherStep }),
    refusedCall(request, "log a milestone: a country that does not exist", "POST", "/countries/ZZ/milestones", log),
    refusedCall(request, "edit a milestone: a forged id", "PATCH", `/milestones/${forged}`, edit),
    refusedCall(request, "edit a milestone: an id that is not an id", "PATCH", "/milestones/..%2f..%2fetc", edit),
    refusedCall(request, "edit a milestone: another country's", "PATCH", `/milestones/${otherMilestone.id}`, { ...edit, version: 1 }),
    refusedCall(request, "edit a milestone: a stale version", "PATCH", `/milestones/${mine.id}`, { ...edit, version: mine.version + 5 }),
  ];
  const surprises = await runCases(admin, apiCases);
  cases += apiCases.length;
  expect(surprises).toEqual([]);
});

test("the support writes of /api/v1 refuse malformed bodies, forged ids and another agency's ids, and change nothing", async ({ page }) => {
  test.setTimeout(300_000);
  await signInAsNew(page, { role: "agency_adviser", agencyAcronym: "UNICEF" });
  const request = page.request;
  const agencyIds = await agencyIdsOn(admin, `/support/new?country=${own}`);
  const [otherStep] = await stepIds(admin, other);
  const entry = { countryCode: own, agencyId: agencyIds.get("UNICEF"), kind: "financial", title: "Cash transfer pilot", status: "ongoing", amount: "250000", currency: "USD" };
  const otherEntry = await asAdmin("POST", "/support-entries", { ...entry, agencyId: agencyIds.get("ILO"), title: "Another agency's grant" });
  const added = await request.post("/api/v1/support-entries", { data: entry, headers: { origin: baseURL } });
  expect(added.status(), await added.text()).toBe(201);
  const mine: { id: string } = (await added.json()).data;
  const { countryCode: _countryCode, agencyId: _agencyId, ...fields } = entry;
  const edit = { ...fields, version: 1, title: "Cash transfer pilot, phase 2" };
  const transaction = { type: "committed", amount: "1000", occurredOn: "2025-03-01" };
  const forged = "00000000-0000-4000-8000-000000000000";
  const apiCases: Case[] = [
    ...writeCases(request, { name: "add a support entry", method: "POST", path: "/support-entries", body: entry }, { field: "title", maximum: 200 }),
    ...writeCases(request, { name: "edit a support entry", method: "PATCH", path: `/support-entries/${mine.id}`, body: edit }, { field: "title", maximum: 200 }),
    ...writeCases(request, { name: "add a transaction", method: "POST", path: `/support-entries/${mine.id}/transactions`, body: { ...transaction, confirmationNote: "x" } }, { field: "confirmationNote", maximum: 1000 }),
    refusedCall(request, "add a support entry: another agency's", "POST", "/support-entries", { ...entry, agencyId: agencyIds.get("ILO") }),
    refusedCall(request, "add a support entry: a forged agency id", "POST", "/support-entries", { ...entry, agencyId: forged }),
    refusedCall(request, "add a support entry: a country that does not exist", "POST", "/support-entries", { ...entry, countryCode: "ZZ" }),
    refusedCall(request, "add a support entry: another country's step", "POST", "/support-entries", { ...entry, countryStepId: otherStep }),
    refusedCall(request, "add a support entry: a negative amount", "POST", "/support-entries", { ...entry, amount: "-1" }),
    refusedCall(request, "add a support entry: an amount as a float", "POST", "/support-entries", { ...entry, amount: 1e308 }),
    refusedCall(request, "add a support entry: an unknown currency", "POST", "/support-entries", { ...entry, currency: "XYZ" }),
    refusedCall(request, "edit a support entry: another agency's", "PATCH", `/support-entries/${otherEntry.id}`, edit),
    refusedCall(request, "edit a support entry: a forged id", "PATCH", `/support-entries/${forged}`, edit),
    refusedCall(request, "add a transaction: on another agency's entry", "POST", `/support-entries/${otherEntry.id}/transactions`, transaction),
    refusedCall(request, "add a transaction: on a forged entry", "POST", `/support-entries/${forged}/transactions`, transaction),
    refusedCall(request, "add a transaction: an enormous amount", "POST", `/support-entries/${mine.id}/transactions`, { ...transaction, amount: "9".repeat(40) }),
    refusedCall(request, "add a transaction: a zero amount", "POST", `/support-entries/${mine.id}/transactions`, { ...transaction, amount: "0" }),
    refusedCall(request, "add a transaction: a type not offered", "POST", `/support-entries/${mine.id}/transactions`, { ...transaction, type: "stolen" }),
  ];
  const surprises = await runCases(admin, apiCases);
  cases += apiCases.length;
  expect(surprises).toEqual([]);
});
