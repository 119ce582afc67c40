/**
 * What every table but login_attempts holds, as row versions: two equal fingerprints mean nothing in the database
 * changed. A refused password guess is recorded there on purpose, for the guessing limits; and a token's
 * `last_used_at`, which any request with the token may stamp (at most once a minute), is left out of `api_tokens`,
 * digested by its other values instead, so that a refused request made with a token compares equal. Likewise the
 * webhooks' sender writes in the background, whatever request is being judged (decision 2210): its deliveries and
 * attempts are left out, and an endpoint's count of failures; a delivery is enqueued only beside an audit entry, so a
 * write that enqueues one still shows.
 *
 * PostgreSQL writes a new row version for every insert and update, stamped with its transaction (`xmin`), and a
 * delete removes one: so a table's count of rows and sum of `xmin` change with any committed write, even one that
 * writes the same values back (which is a write too). Five times cheaper than a digest of every row's text, which
 * the authorization walks took twice per request (docs/performance.md, CI's time).
 */
import { sql } from "drizzle-orm";
import { type Queryable, queryRows } from "./engine";

/** In one round trip. */
export async function databaseFingerprint(db: Queryable): Promise<string> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('login_attempts', 'webhook_deliveries', 'webhook_attempts') order by table_name`,
  );
  const digests = tables.map(({ table_name: table }) =>
    table === "api_tokens"
      ? sql`select ${table}::text as name, count(*) || ':' || coalesce(md5(string_agg((to_jsonb(t) - 'last_used_at')::text, ',' order by t.id)), '') as digest from api_tokens t`
      : table === "webhook_endpoints"
        ? sql`select ${table}::text as name, count(*) || ':' || coalesce(md5(string_agg((to_jsonb(t) - 'consecutive_failures')::text, ',' order by t.id)), '') as digest from webhook_endpoints t`
        : sql`select ${table}::text as name, count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) as digest from ${sql.identifier(table)}`,
  );
  const rows = await queryRows<{ name: string; digest: string }>(db, sql.join(digests, sql` union all `));
  return rows.map((row) => `${row.name}:${row.digest}`).sort().join(",");
}

