/**
 * A fresh, migrated and seeded database for one test file: PGlite in memory by default, or a new database
 * created on the PostgreSQL server named by DATABASE_URL. Plus factories for the people tests act as.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { type Actor, loadActor } from "@/lib/actor";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { Role } from "@/lib/permissions";
import { type Engine, openPglite, openPostgres, type Queryable } from "@/db/engine";
import { createDatabase, dropDatabase } from "@/db/server-databases";
import { agencies, apiTokens, loginAttempts, memberships, users } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed-database";

export type TestDatabase = Engine & { drop: () => Promise<void>; /** PostgreSQL only: the test database's URL. */ url?: string };

/**
 * Where the test run's template lives, once `prepareTestTemplate` has made it: a PGlite data folder dumped to a
 * file, or a database on DATABASE_URL's server. Each test database starts as a copy of it, so a test file pays
 * for a copy instead of an initdb, the migrations and the seed (they ran once, in the template).
 */
const templateVariable = "SOCLE_TEST_TEMPLATE";

/** A migrated and seeded database to copy: made once per test run (vitest's global setup), removed by the returned function. */
export async function prepareTestTemplate(): Promise<() => Promise<void>> {
  // Each vitest project runs the global setup: the second of a run copies the first one's template.
  if (process.env[templateVariable]) return async () => {};
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const engine = await migratedAndSeeded(await openPglite(null));
    const folder = await mkdtemp(path.join(tmpdir(), "socle-test-template-"));
    // Uncompressed: each test file loads it, and a plain tarball opens in two thirds of the time of its gzip (1.7
    // against 2.5 s for 45 MB and 5 MB, measured side by side; docs/performance.md).
    const file = path.join(folder, "template.tar");
    // No test creates a database on PGlite (each file loads this tarball instead), so PostgreSQL's own templates, a
    // third of the folder each test file loads, go.
    await engine.db.execute(sql`update pg_database set datistemplate = false where datname in ('template0', 'template1')`);
    await engine.db.execute(sql`drop database template0`);
    await engine.db.execute(sql`drop database template1`);
    await writeFile(file, Buffer.from(await (await engine.dumpDataDir!("none")).arrayBuffer()));
    await engine.close();
    process.env[templateVariable] = file;
    return () => rm(folder, { recursive: true, force: true });
  }
  const name = `socle_template_${randomUUID().replaceAll("-", "")}`;
  const engine = await migratedAndSeeded(await openPostgres(await createDatabase(serverUrl, name)));
  // A database is copied only while nobody is connected to it.
  await engine.close();
  process.env[templateVariable] = name;
  return () => dropDatabase(serverUrl, name);
}

async function migratedAndSeeded(engine: Engine): Promise<Engine> {
  await engine.migrate();
  await seedDatabase(engine.db, { demoAccounts: false });
  return engine;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const template = process.env[templateVariable];
  if (!serverUrl) {
    if (!template) {
      const engine = await migratedAndSeeded(await openPglite(null));
      return { ...engine, drop: engine.close };
    }
    const engine = await openPglite(null, templateBlob(template));
    return { ...engine, drop: engine.close };
  }
  const name = `socle_test_${randomUUID().replaceAll("-", "")}`;
  const url = await createDatabase(serverUrl, name, template);
  const engine = await openPostgres(url, 4);
  if (!template) await migratedAndSeeded(engine);
  return {
    ...engine,
    url,
    drop: async () => {
      await engine.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      // The pool's connections may still be closing: terminated by the forced drop, one would raise an error in
      // this process after its test ended. Wait for them (briefly), and force only what is left.
      for (let tries = 0; tries < 100; tries++) {
        const { rows } = await cleanup.query("select count(*)::int as open from pg_stat_activity where datname = $1", [name]);
        if (rows[0].open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** The template's bytes, read once per test process (a worker opens a database for each of its files). */
let templateBytes: { file: string; bytes: Promise<ArrayBuffer> } | undefined;

/**
 * A Blob of the template for PGlite to load, the same bytes, read once, for every database of the process. PGlite reads
 * a data folder to load with `arrayBuffer()` alone and copies each file out of it (its untar slices each file's bytes,
 * and its in-memory file system copies what it is given), so no database writes to them; handing each a copy of its
 * own cost 230 of the 620 ms of opening one (docs/performance.md). lib/testing/test-database.int.test.ts opens a second
 * database after a first one wrote and checkpointed, and finds none of it; were PGlite to stop calling `arrayBuffer()`,
 * every test database would start empty and every test fail.
 */
function templateBlob(file: string): Blob {
  if (templateBytes?.file !== file) {
    const bytes = readFile(file).then((read) =>
      read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? (read.buffer as ArrayBuffer) : (read.buffer.slice(read.byteOffset, read.byteOffset + read.byteLength) as ArrayBuffer),
    );
    templateBytes = { file, bytes };
  }
  const { bytes } = templateBytes;
  return new (class TemplateBytes extends Blob {
    override async arrayBuffer(): Promise<ArrayBuffer> {
      return bytes;
    }
  })();
}

/**
 * PGlite only: an embedded database in `folder` on disk (created, and locked for this process, as the server's is),
 * migrated and seeded as a copy of the run's template, for a test of what a data folder does (a restart, a backup).
 */
export async function openTemplateInFolder(folder: string): Promise<Engine> {
  const template = process.env[templateVariable];
  if (process.env.DATABASE_URL) throw new Error("openTemplateInFolder: a data folder on disk is PGlite's; on PostgreSQL use createTestDatabase");
  if (!template) throw new Error("openTemplateInFolder: the integration projects' global setup makes the template first");
  return openPglite(folder, templateBlob(template));
}

export type PersonSpec = { role: Role | null; countryCode?: string; agencyAcronym?: string; name?: string; passwordHash?: string };

/** A new user holding one role in one scope (or none), returned as the actor lib/ functions take. */
export async function createPerson(engine: Pick<Engine, "db">, spec: PersonSpec): Promise<Actor> {
  const { db } = engine;
  const id = randomUUID();
  await db.insert(users).values({
    id,
    email: `person-${id}@example.org`,
    name: spec.name ?? `Person ${id.slice(0, 8)}`,
    passwordHash: spec.passwordHash ?? null,
  });
  if (spec.role) {
    let agencyId: string | null = null;
    if (spec.agencyAcronym) agencyId = await agencyIdOf(db, spec.agencyAcronym);
    await db.insert(memberships).values({ userId: id, role: spec.role, countryCode: spec.countryCode ?? null, agencyId });
  }
  const actor = await loadActor(db, id);
  if (!actor) throw new Error("createPerson: user vanished");
  return actor;
}

export type TestTokenState = "active" | "revoked" | "expired";

/** A personal API token made through lib/api-tokens, then revoked, or with its last day moved into the past. */
export async function createTestApiToken(engine: Pick<Engine, "db">, actor: Actor, state: TestTokenState = "active"): Promise<string> {
  const { db } = engine;
  const created = await createApiToken(db, actor, { name: `test token (${state})` });
  if (state === "revoked") await revokeApiToken(db, actor, { tokenId: created.id, confirm: "on" });
  if (state === "expired") await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 86_400_000) }).where(eq(apiTokens.id, created.id));
  return created.token;
}

/**
 * Moves every sign-in attempt recorded for `email` `seconds` into the past: the wait those attempts impose then ends
 * that much sooner, as if the time had passed (the waits' own arithmetic is lib/auth/password-limits.int.test.ts's).
 */
export async function moveSignInAttemptsBack(engine: Pick<Engine, "db">, email: string, seconds: number): Promise<number> {
  const moved = await engine.db
    .update(loginAttempts)
    .set({ at: sql`${loginAttempts.at} - make_interval(secs => ${seconds})` })
    .where(eq(loginAttempts.email, email))
    .returning({ id: loginAttempts.id });
  return moved.length;
}

/** The id of a seeded agency, by its acronym. */
export async function agencyIdOf(db: Queryable, acronym: string): Promise<string> {
  const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.acronym, acronym));
  if (!agency) throw new Error(`No agency ${acronym} in the seed`);
  return agency.id;
}
