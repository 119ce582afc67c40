import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { uploadRequestLimitMegabytes } from "./lib/validation/upload-limits";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // The catalogues are compiled at build time, so browsers get no ICU message parser (docs/performance.md).
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  // Browsers ignore HSTS over plain HTTP, so sending it always is safe and covers HTTPS deployments.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own module: bundling it breaks the paths.
  // exceljs is large and loads its own modules at run time: Node loads it rather than the bundler.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
  // `npm run typecheck` checks every file and the routes' types (`next typegen`) before `npm test` builds: the
  // build's own check was the same work again, 60–90 s of CI (docs/performance.md, CI's time).
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Turbopack keeps its work in .next/cache for the next build; a CI run builds once, on a fresh clone, and writing
    // that cache took 20 s of its build (docs/performance.md).
    turbopackFileSystemCacheForBuild: !process.env.CI,
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // Small chunks of a page merged a little more than Turbopack's default (50 kB): a visit of the main routes and
    // nearly each of them download less; merging more sends shared code once per route (docs/performance.md).
    turbopackChunking: { minChunkSize: 80_000 },
    // Evidence uploads go through server actions: room for the most files one form carries, each at its limit.
    serverActions: { bodySizeLimit: `${uploadRequestLimitMegabytes}mb` },
    // proxy.ts sees every request; past this limit Next would hand the action a truncated body.
    proxyClientMaxBodySize: `${uploadRequestLimitMegabytes}mb`,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Every page but a country's embeddable chart, which other sites frame (decision 2200; proxy.ts says the same in its CSP).
      { source: "/:path((?!public/(?:en|fr|es|pt)/countries/[A-Za-z]{2}/embed$).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
