/**
 * The bounds of PDF rendering, over HTTP with the server's default settings (one render at a time, three
 * waiting, two per person): beyond them a clear 429 or 503 with Retry-After, in the reader's language. It fills
 * the queue, so it runs alone (playwright.config.ts).
 */
import { type APIResponse, expect, request as newRequest, test } from "@playwright/test";
import { createPerson } from "./helpers/accounts";

/** A coordinator who asks by API token, as a script would; each token is a different person in the queue. */
async function coordinatorToken(baseURL: string): Promise<string> {
  const setup = await newRequest.newContext({ baseURL });
  const person = await createPerson(setup, { role: "coordinator" });
  const response = await setup.post("/api/test-support/api-tokens", { data: { userId: person.userId } });
  expect(response.status(), await response.text()).toBe(201);
  const { token } = (await response.json()) as { token: string };
  await setup.dispose();
  return token;
}

async function askForSummaries(baseURL: string, token: string, count: number): Promise<APIResponse[]> {
  const context = await newRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}`, "accept-language": "fr" }, timeout: 170_000 });
  return Promise.all(Array.from({ length: count }, () => context.get("/reports/pdf", { maxRedirects: 0 })));
}

function expectRetryAfter(response: APIResponse) {
  expect(Number(response.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(response.headers()["content-type"]).toContain("text/plain");
}

test("a person asking for more PDFs at once than their share gets a 429 with Retry-After, and their own PDFs", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const answers = await askForSummaries(baseURL!, await coordinatorToken(baseURL!), 3);
  const statuses = answers.map((answer) => answer.status()).sort();
  expect(statuses).toEqual([200, 200, 429]);
  const refused = answers.find((answer) => answer.status() === 429)!;
  expectRetryAfter(refused);
  expect(await refused.text()).toBe("Des PDF sont déjà en cours de production pour vous. Attendez-les, puis réessayez.");
  for (const made of answers.filter((answer) => answer.status() === 200)) expect((await made.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("when the queue is full the server answers 503 with Retry-After instead of queueing without end", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const tokens = await Promise.all(Array.from({ length: 4 }, () => coordinatorToken(baseURL!)));
  // Eight requests from four people, two each: room for one rendering and three waiting.
  const answers = (await Promise.all(tokens.map((token) => askForSummaries(baseURL!, token, 2)))).flat();
  const statuses = answers.map((answer) => answer.status());
  // Room for four at most while the first renders; a render finishing early may let one more in.
  expect(statuses.every((status) => status === 200 || status === 503), statuses.join(" ")).toBe(true);
  expect(statuses.filter((status) => status === 503).length).toBeGreaterThanOrEqual(3);
  const busy = answers.find((answer) => answer.status() === 503)!;
  expectRetryAfter(busy);
  expect(await busy.text()).toBe("Le serveur produit d'autres PDF. Réessayez dans un instant, ou imprimez la page du rapport depuis votre navigateur.");
});
