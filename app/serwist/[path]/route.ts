/** Serves the service worker (app/sw.ts, bundled with esbuild by Serwist at build time) for the country pages' offline use. */
import { createSerwistRoute } from "@serwist/turbopack";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // Nothing is precached: on a slow link, installing must not download every route's code. Pages and their
  // scripts are cached as the member opens them (see app/sw.ts).
  globPatterns: [],
});
