/**
 * What a browser downloads on first load: the compressed JavaScript of each main route, signed in where the
 * route needs it, next to the same figure for a bare Next.js page built with the same version.
 *
 *   npm run bench:bundle            (builds both apps, serves them on ports 3900/3901, prints a table)
 *   BENCH_APP_PORT=4101 BENCH_BARE_PORT=4102 BENCH_SKIP_APP_BUILD=1 npm run bench:bundle   (other ports, app built already)
 *
 * The goal (issue 7) is each main route at most 1.3 × the bare page. It then prints what a visit of those routes in
 * one tab downloads in all (BENCH_VISIT_DETAIL=1: route by route), the figure that merging chunks trades against.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "playwright-core";

import { bareNextDir, buildNextApp, serveNextApp } from "./lib/next-app";
import { root } from "./lib/server";

const dataDir = path.join(root, "bench", ".data", "bundle");
// Engineers sharing a machine pass their own ports; BENCH_SKIP_APP_BUILD=1 measures the build already in .next.
const ports = { app: Number(process.env.BENCH_APP_PORT ?? 3900), bare: Number(process.env.BENCH_BARE_PORT ?? 3901) };
// "{step}" stands for the first key step of the country, read from its page; "{costingPackage}" for the first package
// of Mozambique's costing (with BENCH_DEMO_DATASET=1), read from the costing's page.
const routes = (
  process.env.BENCH_ROUTES ??
  "/,/sign-in,/countries,/countries/BJ,/countries/BJ/steps/{step},/countries/BJ/support,/countries/BJ/support/needs/new,/countries/BJ/schemes,/countries/BJ/schemes/new,/countries/BJ/assessment,/countries/BJ/assessment/items/new,/countries/BJ/timeline,/profile,/admin/users,/public/en"
).split(",");

/** Compressed bytes of every script the page downloads (all of them on a fresh load with an empty cache). */
async function firstLoadJs(page: Page, url: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  const listener = (response: import("playwright-core").Response) => {
    // A script from the cache has no body on the wire (Chromium reports its size below zero).
    if (response.request().resourceType() === "script") sizes.push(response.request().sizes().then((size) => Math.max(0, size.responseBodySize)));
  };
  page.on("response", listener);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", listener);
  return (await Promise.all(sizes)).reduce((total, size) => total + size, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

fs.rmSync(dataDir, { recursive: true, force: true });
if (process.env.BENCH_SKIP_APP_BUILD !== "1") buildNextApp(root);
buildNextApp(bareNextDir);
const servers = [
  // The first-load figures in docs/performance.md were measured on an empty database (decision 2320); BENCH_DEMO_DATASET=1
  // loads the demonstration dataset, for routes whose forms show only once there is data (a costing's scenario form).
  await serveNextApp(".", ports.app, { SOCLE_DATA_DIR: dataDir, NEXTAUTH_URL: `http://localhost:${ports.app}`, PORT: String(ports.app), SOCLE_DEMO_DATASET: process.env.BENCH_DEMO_DATASET === "1" ? "true" : "false" }),
  await serveNextApp(bareNextDir, ports.bare),
];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  // The service worker is blocked: a script it fetched would reach the page as its response, with no size.
  const serviceWorkers = "block" as const;
  const barePage = await (await browser.newContext({ serviceWorkers })).newPage();
  const bare = await firstLoadJs(barePage, `http://localhost:${ports.bare}/`);

  const signedIn = await browser.newContext({ serviceWorkers });
  const page = await signedIn.newPage();
  await page.goto(`http://localhost:${ports.app}/sign-in`);
  await page.getByLabel("Email address").fill("coordinator@example.org");
  await page.getByLabel("Password").fill("socle-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Home" }).waitFor();
  await page.goto(`http://localhost:${ports.app}/countries/BJ`);
  const stepHref = await page.locator('a[href*="/countries/BJ/steps/"]').first().getAttribute("href");
  const packageHref = routes.some((route) => route.includes("{costingPackage}"))
    ? await page.goto(`http://localhost:${ports.app}/countries/MZ/costing`).then(() => page.locator('main a[href*="/costing/packages/"]:not([href$="/new"])').first().getAttribute("href"))
    : null;

  console.log(`first-load JavaScript, compressed (bare Next.js page: ${kb(bare)})`);
  console.log("route".padEnd(28), "size".padStart(10), "ratio".padStart(7));
  const measured = routes.map((each) => each.replace("{step}", stepHref!.split("/").pop()!).replace("{costingPackage}", packageHref?.split("/").pop() ?? ""));
  for (const route of measured) {
    // A fresh context per route: nothing cached from the previous one.
    // The sign-in page and the public pages (decision 2200) are read by someone not signed in.
    const anonymous = route === "/sign-in" || route.startsWith("/public/");
    const context = await browser.newContext({ serviceWorkers, storageState: anonymous ? undefined : await signedIn.storageState() });
    const routePage = await context.newPage();
    const size = await firstLoadJs(routePage, `http://localhost:${ports.app}${route}`);
    console.log(route.padEnd(28), kb(size).padStart(10), (size / bare).toFixed(3).padStart(7));
    await context.close();
  }

  // A visit: the same routes one after another in one tab, so scripts already downloaded come from the cache.
  // What merging chunks saves on each first load, it may cost here (code shared by two routes sent twice).
  const visit = await browser.newContext({ serviceWorkers, storageState: await signedIn.storageState() });
  const visitPage = await visit.newPage();
  let visitTotal = 0;
  for (const route of measured.filter((each) => each !== "/sign-in")) {
    const added = await firstLoadJs(visitPage, `http://localhost:${ports.app}${route}`);
    if (process.env.BENCH_VISIT_DETAIL === "1") console.log(`  visit ${route}: ${kb(added)}`);
    visitTotal += added;
  }
  console.log(`a visit of those routes in one tab, scripts downloaded in all: ${kb(visitTotal)}`);
  await visit.close();
} finally {
  await browser.close();
  for (const server of servers) server.kill("SIGTERM");
}
