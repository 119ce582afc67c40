import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { chooseLanguage } from "@/lib/accounts/choose-language";
import { backupPostgres, exportAllTables, restorePglite, restorePostgres } from "./backup";
import { openPglite, openPostgres } from "./engine";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createPerson, createTestDatabase, openTemplateInFolder } from "@/lib/testing/test-database";

const temp = fs.mkdtempSync(path.join(os.tmpdir(), "socle-backup-"));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe.runIf(!process.env.DATABASE_URL)("backup and restore of the embedded database", () => {
  it("restores into an empty folder exactly what was backed up", async () => {
    // The run's template (migrated and seeded), seeded again with the demo accounts, as a start with them leaves it.
    const original = await openTemplateInFolder(path.join(temp, "original"));
    await seedDatabase(original.db, { demoAccounts: true });
    const member = await createPerson(original, { role: "working_group_member", countryCode: "BJ" });
    await chooseLanguage(original.db, member, { locale: "pt" });
    const before = await exportAllTables(original.db);
    const tarball = await original.dumpDataDir!();
    await original.close();

    const restoredFolder = path.join(temp, "restored");
    expect(await restorePglite(restoredFolder, tarball)).toEqual({ keptAs: null });
    const restored = await openPglite(restoredFolder);
    expect(await exportAllTables(restored.db)).toEqual(before);
    expect(before.audit_log).toHaveLength(1);
    await restored.close();
  }, 180_000); // several on-disk databases are created: slow on a busy machine

  it("keeps the folder it replaces instead of deleting it", async () => {
    const folder = path.join(temp, "replaced");
    const current = await openTemplateInFolder(folder);
    const tarball = await current.dumpDataDir!();
    await current.close();
    const { keptAs } = await restorePglite(folder, tarball);
    expect(keptAs).toMatch(/replaced\.before-restore-/);
    expect(fs.readdirSync(keptAs!).length).toBeGreaterThan(0);
  }, 180_000);
});

describe.runIf(Boolean(process.env.DATABASE_URL))("backup and restore of a PostgreSQL database", () => {
  it("restores into an empty database exactly what pg_dump saved", async () => {
    const source = await createTestDatabase();
    const empty = `socle_restore_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const member = await createPerson(source, { role: "working_group_member", countryCode: "TG" });
      await chooseLanguage(source.db, member, { locale: "fr" });
      const before = await exportAllTables(source.db);
      const file = path.join(temp, "socle.dump");
      backupPostgres(source.url!, file);

      await admin.query(`create database ${empty}`);
      const targetUrl = new URL(process.env.DATABASE_URL!);
      targetUrl.pathname = `/${empty}`;
      restorePostgres(targetUrl.toString(), file);
      const target = await openPostgres(targetUrl.toString(), 2);
      expect(await exportAllTables(target.db)).toEqual(before);
      await target.close();
    } finally {
      await source.drop();
      await admin.query(`drop database if exists ${empty} with (force)`);
      await admin.end();
    }
  });
});
