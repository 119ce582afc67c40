/**
 * The browser suite's global set-up: waits until every app server playwright.config.ts started answers its health
 * check, its database migrated and seeded. Playwright starts its web servers one after another; the config waits only
 * for each to listen, so that the servers make their databases side by side rather than in turn (a request sent before
 * a server's database is ready waits for it).
 */
import type { FullConfig } from "@playwright/test";

export default async function serversReady(config: FullConfig) {
  const healthUrls = (config.metadata.healthUrls ?? []) as string[];
  await Promise.all(healthUrls.map((url) => healthy(url, 180_000)));
}

async function healthy(url: string, withinMs: number) {
  const deadline = Date.now() + withinMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      last = `${response.status} ${await response.text()}`;
      if (response.ok) return;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${withinMs / 1000} s (last: ${last})`);
}
