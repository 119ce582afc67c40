import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";
import { seriousViolations } from "./helpers/axe";
import { logMilestone, openStep } from "./helpers/progress";

// Argentina is this spec's country: no other spec publishes it, and none reads its steps' milestones.
const awareness = "Raise awareness and build political will";

async function logShared(page: Page, title: string) {
  await openStep(page, "Argentina", awareness);
  await logMilestone(page, { title, occurredOn: "2025-06-10", shared: true });
  await expect(page.getByTestId("milestone").filter({ hasText: title })).toBeVisible();
}

test("a coordinator checks and publishes Argentina's page; a visitor reads it in French, with and without JavaScript, and frames its chart on another site", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await signInAsNew(page, { role: "coordinator", name: "Camille Coordinator" }, "/countries/AR");
  await page.getByRole("link", { name: "Public page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public page · Argentina");
  const check = page.getByTestId("quality-check-warnings");
  await expect(check).toContainText("No milestone is shared with everyone: the page would show the steps alone.");

  // Published over warnings only when told to.
  await page.getByRole("button", { name: "Publish the page" }).click();
  await expect(page.getByText("The quality check lists warnings: tick the box to publish anyway.")).toBeVisible();
  expect((await page.request.get("/public/en/countries/AR")).status()).toBe(404);

  await logShared(page, "Foro nacional sobre el piso de protección social");
  await page.goto("/countries/AR/publication");
  await expect(page.getByRole("heading", { name: "Quality check" })).toBeVisible();
  await expect(page.getByText("No milestone is shared with everyone")).toHaveCount(0);
  const anyway = page.getByLabel("I have read the warnings and publish anyway (they are recorded)");
  if (await anyway.count()) await anyway.check();
  await page.getByRole("button", { name: "Publish the page" }).click();
  await expect(page.getByText("The public page is published.")).toBeVisible();
  await expect(page.getByTestId("publication-state")).toContainText("Published on");
  expect(await page.getByLabel("Code to copy").inputValue()).toContain(`${baseURL}/public/en/countries/AR/embed`);

  // A milestone kept to the country, logged once the page is published: it never reaches a public output.
  const kept = `Kept ${Date.now().toString(36)}`;
  await openStep(page, "Argentina", awareness);
  await logMilestone(page, { title: kept, occurredOn: "2025-06-11", description: kept });
  await expect(page.getByTestId("milestone").filter({ hasText: kept })).toBeVisible();

  // An anonymous visitor, in French, from the list of countries.
  const visitorContext = await browser.newContext({ locale: "fr-FR" });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/public/fr");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pays qui construisent un socle de protection sociale");
  await expect(visitor.getByTestId("public-under-way")).toContainText("Bénin");
  expect(await seriousViolations(visitor)).toEqual([]);
  await visitor.getByRole("link", { name: "Argentine" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Argentine : vers un socle de protection sociale");
  await expect(visitor).toHaveTitle("Argentine : vers un socle de protection sociale · Socle");
  await expect(visitor.locator("html")).toHaveAttribute("lang", "fr");
  await expect(visitor.locator('link[rel="alternate"][hreflang="pt"]')).toHaveAttribute("href", `${baseURL}/public/pt/countries/AR`);
  await expect(visitor.getByText("Foro nacional sobre el piso de protección social")).toBeVisible();
  await expect(visitor.getByRole("img", { name: /Argentine : étapes clés/ })).toBeVisible();
  expect(await seriousViolations(visitor)).toEqual([]);
  const snippet = await visitor.getByLabel("Code à copier").inputValue();
  const embedAddress = /src="([^"]+)"/.exec(snippet)![1]!;
  expect(embedAddress).toBe(`${baseURL}/public/fr/countries/AR/embed`);

  // The chart loads in a frame on another site (another origin, served on loopback: Chromium keeps a public page from
  // framing a local one); the country's page itself refuses to be framed, as its headers below say.
  const partner = createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(`<!doctype html><html lang="fr"><title>Partenaire</title>${snippet}<iframe id="page" title="page" src="${baseURL}/public/fr/countries/AR"></iframe></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  await visitor.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/progress.html`);
  partner.close();
  await expect(visitor.frameLocator(`iframe[src="${embedAddress}"]`).getByRole("img", { name: /Argentine : étapes clés/ })).toBeVisible();
  const embed = await visitor.request.get(embedAddress);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const address of ["/public/fr/countries/AR", "/public/fr", "/countries/AR"]) {
    const response = await visitor.request.get(address, { maxRedirects: 0 });
    expect(response.headers()["content-security-policy"], address).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], address).toBe("DENY");
  }
  await visitor.goto(embedAddress);
  expect(await seriousViolations(visitor)).toEqual([]);

  // A write that touches the published country refreshes its cached page.
  await logShared(page, "Segundo foro provincial");
  await visitor.goto("/public/fr/countries/AR");
  await expect(visitor.getByText("Segundo foro provincial")).toBeVisible();
  expect(await visitor.content()).not.toContain(kept);

  // Without JavaScript the page reads the same.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noScript.newPage();
  await reader.goto("/public/es");
  await reader.getByRole("link", { name: "Argentina" }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Argentina: hacia un piso de protección social");
  await expect(reader.getByRole("heading", { name: "Pasos clave" })).toBeVisible();
  await expect(reader.getByText("Segundo foro provincial")).toBeVisible();

  // Search engines: the sitemap lists the page in four languages, robots let them in; a country not published is a 404.
  const sitemap = await (await visitor.request.get("/sitemap.xml")).text();
  for (const locale of ["en", "fr", "es", "pt"]) expect(sitemap).toContain(`${baseURL}/public/${locale}/countries/AR`);
  expect(sitemap).not.toContain("/countries/TG");
  expect(await (await visitor.request.get("/robots.txt")).text()).toContain("Allow: /public/");
  expect((await visitor.request.get("/public/fr/countries/TG")).status()).toBe(404);
  expect((await visitor.request.get("/public/de/countries/AR")).status()).toBe(404);

  // Taken down, the page is gone at once.
  await page.goto("/countries/AR/publication");
  await page.getByRole("button", { name: "Take the page down" }).click();
  await expect(page.getByText("The public page is taken down.")).toBeVisible();
  expect((await visitor.request.get("/public/fr/countries/AR")).status()).toBe(404);
  expect((await visitor.request.get(embedAddress)).status()).toBe(404);
  await visitorContext.close();
  await noScript.close();
});
