/**
 * A digest of every row of every table but login_attempts: two equal fingerprints mean nothing in the database
 * changed. A refused password guess is recorded there on purpose, for the guessing limits.
 */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "./engine";

/** In one round trip. */
export async function databaseFingerprint(db: Queryable): Promise<string> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'login_attempts' order by table_name`,
  );
  const digests = tables.map(
    ({ table_name: table }) =>
      sql`select ${table}::text as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${sql.identifier(table)} t`,
  );
  const rows = await queryRows<{ name: string; digest: string }>(db, sql.join(digests, sql` union all `));
  return rows.map((row) => `${row.name}:${row.digest}`).sort().join(",");
}

