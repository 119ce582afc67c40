/**
 * Reads the production build the browser tests run against: nothing from the server (database drivers, the
 * ORM, password hashing, secrets) may reach the JavaScript sent to browsers.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

function clientFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? clientFiles(full) : entry.name.endsWith(".js") ? [full] : [];
  });
}

/** Strings that survive minification and belong to server-only code. */
const serverMarkers: Record<string, string> = {
  "the ORM (drizzle)": "drizzle:",
  "the embedded database (PGlite)": "pglite",
  "the PostgreSQL driver": "pg-protocol",
  "password hashing": "argon2",
  "the demo password": "socle-demo-2026",
  "the database URL variable": "DATABASE_URL",
  // Classic Zod's namespace cannot be tree-shaken; forms use Zod Mini (decision 6).
  "the whole of classic Zod": "cannot be represented in JSON Schema",
};

test("no server code or secret is in the JavaScript sent to browsers", () => {
  const files = clientFiles(path.join(".next", "static"));
  expect(files.length).toBeGreaterThan(0);
  const secrets = [process.env.NEXTAUTH_SECRET, readIfExists(path.join("e2e", ".data", "nextauth-secret"))].filter(Boolean) as string[];
  const leaks: string[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const [what, marker] of Object.entries(serverMarkers)) if (text.includes(marker)) leaks.push(`${what} in ${file}`);
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`a session secret in ${file}`);
  }
  expect(leaks).toEqual([]);
});

/** The routes whose first load includes a chunk holding `marker` (from each route's client reference manifest). */
function routesLoading(marker: string): string[] {
  const chunks = clientFiles(path.join(".next", "static"))
    .filter((file) => fs.readFileSync(file, "utf8").includes(marker))
    .map((file) => path.basename(file));
  expect(chunks.length, `a chunk holding ${marker}`).toBeGreaterThan(0);
  const manifests = (function find(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? find(full) : entry.name.endsWith("client-reference-manifest.js") ? [full] : [];
    });
  })(path.join(".next", "server", "app"));
  return manifests
    .filter((file) => chunks.some((chunk) => fs.readFileSync(file, "utf8").includes(chunk)))
    .map((file) => path.relative(path.join(".next", "server", "app"), file));
}

test("recharts is in the chart pages' JavaScript only (charts, gaps across countries): other routes' first load does not grow", () => {
  expect(routesLoading("recharts-wrapper").sort()).toEqual(
    [path.join("(app)", "assessment", "gaps", "page_client-reference-manifest.js"), path.join("(app)", "charts", "page_client-reference-manifest.js")].sort(),
  );
});

test("Zod's core is in no route's first load: forms fetch their checks when first used (decision 1140)", () => {
  expect(routesLoading("$ZodType")).toEqual([]);
});

test("no browser script carries the ICU message parser: the catalogues are compiled at build time (decision 1160)", () => {
  // One of the parser's error kinds, a string that survives minification (@formatjs/icu-messageformat-parser).
  const parsers = clientFiles(path.join(".next", "static")).filter((file) => fs.readFileSync(file, "utf8").includes("EXPECT_ARGUMENT_CLOSING_BRACE"));
  expect(parsers).toEqual([]);
});

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}
