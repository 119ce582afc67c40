/**
 * The service worker: keeps the country pages a member opened (and the scripts they need) so they can be read
 * without a connection. Only /countries/* pages are kept, with the app's manifest and icons; sign-out clears every
 * cache (Clear-Site-Data).
 */
/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, type PrecacheEntry, Serwist, StaleWhileRevalidate } from "serwist";

declare global {
  interface WorkerGlobalScope {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

/** A redirect (to sign-in) or an error page is never kept in place of the page itself. */
const onlyPages = { cacheWillUpdate: async ({ response }: { response: Response }) => (response.status === 200 && !response.redirected ? response : null) };

/** What an installed Socle shows of itself (its manifest and icons): public files, served to anyone. */
const appFiles = /^\/(manifest\.webmanifest|favicon\.ico|icon\.svg|apple-touch-icon\.png|icons\/[\w-]+\.png)$/;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Build files have content-hashed names: once cached they never change.
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "socle-static", plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 3600 })] }),
    },
    {
      // Kept so the installed app keeps its name and icon offline; refreshed from the server in the background.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && appFiles.test(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: "socle-app" }),
    },
    {
      // A country's pages (and their RSC payloads): fresh from the server when online, the last copy when not.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && /^\/countries\/[A-Za-z]{2}(\/|$)/.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: "socle-country-pages",
        networkTimeoutSeconds: 15,
        plugins: [onlyPages, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 14 * 24 * 3600 })],
      }),
    },
  ],
});

serwist.addEventListeners();
