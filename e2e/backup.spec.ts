import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import pg from "pg";

const dataDir = path.join("e2e", ".data");

/** Restores a PostgreSQL backup with the project's command into a new database on the same server, reads, drops it. */
async function restoredOnPostgres(url: string, file: string): Promise<string[]> {
  const target = new URL(url);
  target.pathname = `/socle_restore_${Date.now().toString(36)}`;
  const server = new pg.Client({ connectionString: url });
  await server.connect();
  await server.query(`create database ${target.pathname.slice(1)}`);
  try {
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-cli.ts", "restore", file], { env: { ...process.env, DATABASE_URL: target.toString() }, stdio: "pipe" });
    const restored = new pg.Client({ connectionString: target.toString() });
    await restored.connect();
    const { rows } = await restored.query<{ email: string }>("select email from users where email = 'coordinator@example.org'");
    await restored.end();
    return rows.map((row) => row.email);
  } finally {
    await server.query(`drop database if exists ${target.pathname.slice(1)}`);
    await server.end();
  }
}

test("the maintenance backup answers only to the holder of the data folder's key", async ({ request }) => {
  const refused = await request.post("/api/maintenance/backup", { headers: { "x-socle-maintenance-key": "guess" } });
  expect(refused.status()).toBe(404);
});

test("npm run db:backup takes a backup through the running server, and it restores", async ({ baseURL }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "socle-e2e-backup-"));
  try {
    const file = path.join(folder, "backup");
    const output = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-cli.ts", "backup", file], {
      env: { ...process.env, SOCLE_DATA_DIR: dataDir, SOCLE_SERVER_URL: baseURL },
      encoding: "utf8",
    });
    expect(output).toContain("Backup written to");
    if (process.env.DATABASE_URL) {
      // On PostgreSQL the command runs pg_dump (a custom-format archive starts with PGDMP), and `npm run db:restore`
      // puts it back with pg_restore: here into a throwaway database beside the suite's.
      expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");
      await expect(restoredOnPostgres(process.env.DATABASE_URL, file)).resolves.toEqual(["coordinator@example.org"]);
      return;
    }
    const restored = await PGlite.create(path.join(folder, "restored"), { loadDataDir: new Blob([fs.readFileSync(file)]) });
    const { rows } = await restored.query<{ email: string }>("select email from users where email = 'coordinator@example.org'");
    expect(rows).toHaveLength(1);
    await restored.close();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test.describe("npm run db:backup beside a server on another port than 3000", () => {
  // What this block tests is how the command finds the running server that holds PGlite's one-process lock. On
  // PostgreSQL the command runs pg_dump against the database itself and asks no server: nothing here applies.
  test.skip(Boolean(process.env.DATABASE_URL), "on PostgreSQL the command runs pg_dump and asks no server; this block runs in the PGlite pass (`npm test`)");
  const run = (file: string, extra: Record<string, string>) => {
    const env: NodeJS.ProcessEnv = { ...process.env, SOCLE_DATA_DIR: dataDir, ...extra };
    delete env.SOCLE_SERVER_URL;
    if (!("PORT" in extra)) delete env.PORT;
    return execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-cli.ts", "backup", file], { env, encoding: "utf8", stdio: "pipe" });
  };

  test("finds the server by the address it noted in the data folder", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "socle-e2e-backup-"));
    try {
      const file = path.join(folder, "backup");
      expect(run(file, {})).toContain("Backup written to");
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test("says which address it tried and how to name the right one when told a wrong port", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "socle-e2e-backup-"));
    try {
      let failure = "";
      try {
        run(path.join(folder, "backup"), { PORT: "2" });
      } catch (error) {
        failure = String((error as { stderr?: string }).stderr);
      }
      expect(failure).toContain("none answered at http://127.0.0.1:2 (ECONNREFUSED)");
      expect(failure).toContain("SOCLE_SERVER_URL=http://<host>:<port> npm run db:backup");
      expect(failure).not.toContain("fetch failed");
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
