/**
 * The frame around every signed-in page, as people use it: the grouped menu by keyboard and without JavaScript,
 * each role's groups, a phone's compact header and pages that fit its width, the matrix on a laptop, the
 * language control after a switch, and what a phone needs to install Socle.
 */
import { type Browser, expect, type Page, test } from "@playwright/test";
import { createPerson, signIn, signInAsNew } from "./helpers/accounts";
import { goThroughMenu, mainMenu, menuButton, menuGroup } from "./helpers/navigation";
import { memberOnlyPages, pagesFor, type Visitor, visitors } from "./helpers/pages";

const phone = { width: 390, height: 844 };

/** Presses Tab until the focus is on `target`, as a keyboard user would (bounded: a page has far fewer stops). */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("Tab never reached the element");
}

test("the grouped menu works from the keyboard and marks the current page", async ({ page }) => {
  await signInAsNew(page, { role: "reviewer" });
  const review = menuGroup(page, "Review");
  await expect(review).not.toHaveAttribute("open");

  await page.locator("body").focus();
  await tabTo(page, review.locator("summary"));
  await page.keyboard.press("Enter");
  await expect(review).toHaveAttribute("open");
  await page.keyboard.press("Tab");
  await expect(review.getByRole("link", { name: "Matrix" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Charts" })).toBeVisible();
  await expect(page).toHaveURL(/\/charts$/);
  // The group closed behind the link followed, and says which page is open.
  await expect(review).not.toHaveAttribute("open");
  await expect(review.locator('a[href="/charts"]')).toHaveAttribute("aria-current", "page");
  await expect(mainMenu(page).locator("[aria-current=page]")).toHaveCount(1);
  await expect(review.locator("summary")).toHaveCSS("background-color", "rgb(238, 245, 251)");

  // One group open at a time.
  await review.locator("summary").click();
  await menuGroup(page, "Learning").locator("summary").click();
  await expect(menuGroup(page, "Learning")).toHaveAttribute("open");
  await expect(review).not.toHaveAttribute("open");
});

test("without JavaScript the menu opens, on a wide screen and from a phone's menu button", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsNew(page, { role: "coordinator" });

  await goThroughMenu(page, "Library", "Learning");
  await expect(page.getByRole("heading", { level: 1, name: "Library of resources" })).toBeVisible();
  await expect(menuGroup(page, "Learning").locator('a[href="/library"]')).toHaveAttribute("aria-current", "page");

  await page.setViewportSize(phone);
  await page.reload();
  await expect(mainMenu(page)).toBeHidden();
  await expect(menuButton(page)).toBeVisible();
  await goThroughMenu(page, "Framework", "Administration");
  await expect(page).toHaveURL(/\/admin\/framework$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

const groups = {
  Review: ["Matrix", "Charts", "Assessment gaps", "Costing across countries", "Results across countries", "Activity"],
  Learning: ["Library", "Trainings", "Experiences"],
  Administration: ["Users", "Agencies", "Framework", "Exchange rates", "Webhooks"],
};

for (const visitor of visitors) {
  test(`a ${visitor.role} sees the menu of their role`, async ({ page }) => {
    await signInAsNew(page, visitor);
    const administers = visitor.role === "coordinator";
    // An adviser's Administration holds their agency's webhooks alone (decision 2210).
    const hasAdministration = administers || visitor.role === "agency_adviser";
    const topLevel = ["Home", "Countries", "Review", "Support", "Learning", "Reports", ...(hasAdministration ? ["Administration"] : [])];
    await expect(mainMenu(page).locator(":scope > ul > li")).toHaveText(topLevel, { useInnerText: true });
    // Reports: the summary, or a working group's own country report (an adviser's scope is an agency, which has no
    // report page); and the reporting rounds, which everyone reads (decision 2040).
    const ownReport: Record<Visitor["role"], string[]> = { working_group_member: ["Country report"], agency_adviser: [], coordinator: ["Summary report"], reviewer: ["Summary report"] };
    const reportLinks = [...ownReport[visitor.role], "Reporting rounds"];
    for (const [label, links] of Object.entries({ ...groups, Administration: administers ? groups.Administration : ["Webhooks"], Reports: reportLinks })) {
      if (!topLevel.includes(label)) continue;
      await menuGroup(page, label).locator("summary").click();
      await expect(menuGroup(page, label).getByRole("link")).toHaveText(links);
    }
    await expect(mainMenu(page).getByRole("link", { name: "Home" })).toHaveAttribute("href", "/");
    if (!hasAdministration) await expect(menuGroup(page, "Administration")).toHaveCount(0);
    if (!administers) {
      await expect(page.locator('header a[href^="/admin"]')).toHaveCount(0);
    }
  });
}

/** The pages of `visitor` wider than the phone: the document scrolls sideways, and the element sticking out most. */
async function pagesTooWide(browser: Browser, visitor: Visitor, choose: (pages: string[]) => string[]): Promise<string[]> {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  const person = await createPerson(page.request, visitor);
  await signIn(page, person.email, person.password);
  const tooWide: string[] = [];
  for (const path of choose(await pagesFor(page, visitor))) {
    await page.goto(path);
    const overflow = await page.evaluate(() => {
      const width = window.innerWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      const widest = [...document.querySelectorAll("body *")]
        .map((element) => ({ element, right: element.getBoundingClientRect().right }))
        .filter(({ right }) => right > width)
        .sort((a, b) => b.right - a.right)[0];
      const element = widest?.element;
      return `${document.documentElement.scrollWidth}px, ${element ? `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}` : "?"}`;
    });
    if (overflow) tooWide.push(`${path}: ${overflow}`);
  }
  await context.close();
  return tooWide;
}

test("on a phone the header is one compact bar, and its menu opens from a button and closes behind the link followed", async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone });
  const page = await context.newPage();
  await signInAsNew(page, { role: "working_group_member", countryCode: "RW" });
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  await expect(mainMenu(page)).toBeHidden();
  await expect(page.getByTestId("notification-bell")).toBeVisible();

  await menuButton(page).click();
  await expect(mainMenu(page)).toBeVisible();
  await expect(page.getByLabel("Language")).toBeVisible();
  await mainMenu(page).getByRole("link", { name: "Support" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support" })).toBeVisible();
  await expect(mainMenu(page)).toBeHidden();

  // The key steps stack one under another, each cell under its column's name, within the screen.
  await page.goto("/countries/RW");
  const steps = page.getByRole("table", { name: "Key steps" });
  const box = await steps.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
  const status = steps.locator("td[data-label=Status]").first();
  expect(await status.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Status"');
  await context.close();
});

test("at 390 px no page of a coordinator scrolls sideways @a11y", async ({ browser }) => {
  test.setTimeout(300_000);
  expect(await pagesTooWide(browser, visitors[0]!, (pages) => pages)).toEqual([]);
});

test("at 390 px no page of a working group member scrolls sideways @a11y", async ({ browser }) => {
  test.setTimeout(300_000);
  const member = visitors.find((visitor) => visitor.role === "working_group_member")!;
  const ownPages = (pages: string[]) => pages.filter((path) => memberOnlyPages.includes(path) || /^\/countries\/RW(\/|$)/.test(path));
  expect(await pagesTooWide(browser, member, ownPages)).toEqual([]);
});

test("at 1280 px the matrix shows its last step without scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAsNew(page, { role: "reviewer" }, "/matrix");
  const table = page.locator("table[aria-describedby=matrix-legend]");
  const lastStep = table.locator("thead th").last();
  await expect(lastStep).toContainText("8.");
  const box = await lastStep.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
  const scroller = table.locator("xpath=..");
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test("after switching language the control names the new language, and pressing Change again keeps it", async ({ page }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "RW" });
  await page.getByLabel("Language").selectOption({ label: "Français" });
  await page.getByRole("button", { name: "Change", exact: true }).click();
  await expect(page.getByRole("button", { name: "Changer", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Langue")).toHaveValue("fr");

  // The page already reads "Accueil": wait for the action's answer, or the form resets a choice made meanwhile.
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Changer", exact: true }).click();
  await answered;
  await expect(page.getByRole("heading", { level: 1, name: "Accueil" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Langue")).toHaveValue("fr");

  // The action's answer refreshes the page, which resets the form: a choice made before that refresh ends is lost.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Langue").selectOption({ label: "English" });
  await expect(page.getByLabel("Langue")).toHaveValue("en");
  await page.getByRole("button", { name: "Changer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("en");
});

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test("the web app manifest, its icons, the favicon and robots.txt are served to anyone", async ({ playwright, baseURL, page }) => {
  const anyone = await playwright.request.newContext({ baseURL });
  const manifestResponse = await anyone.get("/manifest.webmanifest");
  expect(manifestResponse.status()).toBe(200);
  expect(manifestResponse.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await manifestResponse.json();
  expect(manifest).toMatchObject({ name: "Socle", short_name: "Socle", start_url: "/", display: "standalone", theme_color: "#123b63" });
  const pngIcons = (manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]).filter((icon) => icon.type === "image/png");
  expect(pngIcons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of pngIcons) {
    const response = await anyone.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toBe(icon.sizes);
  }
  const touchIcon = await anyone.get("/apple-touch-icon.png");
  expect(pngSize(await touchIcon.body())).toBe("180x180");
  const favicon = await anyone.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  expect((await anyone.get("/icon.svg")).headers()["content-type"]).toContain("image/svg+xml");
  const robots = await anyone.get("/robots.txt");
  expect(robots.status()).toBe(200);
  // Crawlers may read the public country pages (decision 2200) and nothing else; the sitemap lists those pages.
  const rules = await robots.text();
  expect(rules).toMatch(/^User-Agent: \*\nAllow: \/public\/\nDisallow: \/$/m);
  expect(rules).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  await anyone.dispose();

  // Every page names them, and asks not to be listed.
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", "/icon.svg");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#123b63");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
});

test.describe("with the service worker", () => {
  // The suite blocks it elsewhere (playwright.config.ts).
  test.use({ serviceWorkers: "allow" });

  test("the service worker serves the manifest and icons once the person has signed out", async ({ page, context }) => {
    await signInAsNew(page, { role: "working_group_member", countryCode: "RW" }, "/countries/RW");
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.clearCookies();
    const answers = await page.evaluate(() =>
      Promise.all(["/manifest.webmanifest", "/icons/icon-192.png", "/favicon.ico"].map(async (path) => {
        const response = await fetch(path);
        return `${path} ${response.status} ${response.redirected}`;
      })),
    );
    expect(answers).toEqual(["/manifest.webmanifest 200 false", "/icons/icon-192.png 200 false", "/favicon.ico 200 false"]);
  });
});
