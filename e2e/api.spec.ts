import { expect, request, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";

test("a user creates an API token in their profile, reads countries with it, and revoking it stops it at once", async ({ page, baseURL }) => {
  await signInAsNew(page, { role: "reviewer" }, "/profile");
  await page.getByLabel("Name", { exact: true }).fill("Monthly report script");
  await page.getByRole("button", { name: "Create a token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Socle shows it only once" })).toBeVisible();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^socle_/);

  const program = await request.newContext({ baseURL }); // no cookies: only the token speaks
  const headers = { Authorization: `Bearer ${token}` };
  const list = await program.get("/api/v1/countries?region=africa&spfiStatus=interest_expressed", { headers });
  expect(list.status()).toBe(200);
  expect((await list.json()).data.map((country: { code: string }) => country.code)).toEqual(["BW", "DZ", "GH"]);
  const ghana = await program.get("/api/v1/countries/gh", { headers });
  expect((await ghana.json()).data).toMatchObject({ code: "GH", name: { en: "Ghana" }, steps: expect.any(Array) });

  const invalid = await program.get("/api/v1/countries?region=atlantis", { headers: { ...headers, "Accept-Language": "fr" } });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).error).toMatchObject({ code: "INVALID", fields: { region: "Choisissez l'une des options proposées." } });
  expect((await program.get("/api/v1/nothing-here", { headers })).status()).toBe(404);

  await page.reload();
  await page.getByRole("checkbox", { name: /I understand.*Monthly report script/ }).check();
  await page.getByRole("button", { name: "Revoke the token Monthly report script" }).click();
  await expect(page.getByRole("row", { name: /Monthly report script/ })).toContainText("Revoked");
  const refused = await program.get("/api/v1/countries", { headers });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain("Bearer");
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
  await program.dispose();
});

test("the API answers the browser's session too, and describes itself at /api/v1/openapi.json", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "BF" });
  const mine = await page.request.get("/api/v1/countries/BF");
  expect(mine.status()).toBe(200);
  const description = await page.request.get("/api/v1/openapi.json");
  expect(description.status()).toBe(200);
  const document = await description.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/countries", "/countries/{code}"]));
});
