/**
 * The browser suite's global set-up: waits until every app server playwright.config.ts started answers its health
 * check, its database migrated and seeded. Playwright starts its web servers one after another; the config waits only
 * for each to listen, so that the servers make their databases side by side rather than in turn (a request sent before
 * a server's database is ready waits for it).
 */
import type { FullConfig } from "@playwright/test";
import { untilHealthy } from "../bench/lib/server";

export default async function serversReady(config: FullConfig) {
  const serverUrls = (config.metadata.serverUrls ?? []) as string[];
  await Promise.all(serverUrls.map((url) => untilHealthy(url, 180_000)));
}
