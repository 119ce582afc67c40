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

test("recharts is in the charts page's JavaScript only: other routes' first load does not grow", () => {
  const chartChunks = clientFiles(path.join(".next", "static"))
    .filter((file) => fs.readFileSync(file, "utf8").includes("recharts-wrapper"))
    .map((file) => path.basename(file));
  expect(chartChunks.length).toBeGreaterThan(0);
  const manifests = (function find(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? find(full) : entry.name.endsWith("client-reference-manifest.js") ? [full] : [];
    });
  })(path.join(".next", "server", "app"));
  const users = manifests.filter((file) => chartChunks.some((chunk) => fs.readFileSync(file, "utf8").includes(chunk)));
  expect(users.map((file) => path.relative(path.join(".next", "server", "app"), file))).toEqual([path.join("(app)", "charts", "page_client-reference-manifest.js")]);
});

function readIfExists(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined;
}
