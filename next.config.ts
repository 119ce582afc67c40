import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  // Browsers ignore HSTS over plain HTTP, so sending it always is safe and covers HTTPS deployments.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own module: bundling it breaks the paths.
  // exceljs is large and loads its own modules at run time: Node loads it rather than the bundler.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // Bulk imports upload files of up to 2 MB (lib/support/read-exchange-file.ts); the margin lets the
    // import answer a slightly larger file with its own message rather than the framework's.
    serverActions: { bodySizeLimit: "3mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
