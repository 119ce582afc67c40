/**
 * Each worker keeps one tab from test to test (`reuseContext`, decision 2690), and Playwright empties it between them.
 * These two tests run in turn in one worker: the first leaves behind everything a Socle test could, the second finds
 * none of it. Should a Playwright upgrade empty less, this fails before a spec passes on a session, a stored draft or
 * a route another test left. What is kept (the tab's history and `window.name`) no Socle page reads.
 */
import { expect, test } from "@playwright/test";
import { signInAsNew } from "./helpers/accounts";

test.describe.configure({ mode: "serial" });

test("a test leaves a session, stored data, a route and an init script behind", async ({ page, context }) => {
  await signInAsNew(page, { role: "working_group_member", countryCode: "RW" }, "/countries/RW");
  await page.evaluate(async () => {
    localStorage.setItem("left-behind", "1");
    sessionStorage.setItem("left-behind", "1");
    await new Promise((resolve, reject) => {
      const opening = indexedDB.open("left-behind", 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore("drafts");
      opening.onsuccess = () => {
        opening.result.close();
        resolve(undefined);
      };
      opening.onerror = () => reject(opening.error);
    });
  });
  await context.addInitScript(() => Object.assign(window, { leftBehind: true }));
  await page.route("**/api/health", (route) => route.fulfill({ status: 418, body: "left behind" }));
  expect(await page.evaluate(() => fetch("/api/health").then((response) => response.status))).toBe(418);
  expect(await context.cookies()).not.toEqual([]);
});

test("the next test in the worker gets the same tab with none of it", async ({ page, context }) => {
  // The same tab: its history holds the pages the test before opened (a fresh tab's holds one entry).
  expect(page.url()).toBe("about:blank");
  expect(await page.evaluate(() => history.length)).toBeGreaterThan(1);
  expect(await context.cookies()).toEqual([]);
  // No session: the home sends to the sign-in page.
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  const left = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    databases: (await indexedDB.databases()).map((database) => database.name),
    initScript: "leftBehind" in window,
    health: await fetch("/api/health").then((response) => response.status),
  }));
  expect(left).toEqual({ localStorage: 0, sessionStorage: 0, databases: [], initScript: false, health: 200 });
});
