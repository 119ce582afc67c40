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

/**
 * The last fingerprint taken of each database, with the snapshot it was taken in. A snapshot (`pg_current_snapshot()`:
 * the oldest transaction still running, one past the latest to have ended, and those running between) changes whenever
 * a transaction that wrote ends, committed or rolled back (a transaction is given its id by its first write, and only
 * those ids are counted): so an unchanged snapshot means the same committed data, and the fingerprint taken in it
 * holds. Transaction ids are the whole server's: a write to another database on it changes the snapshot too, which
 * costs a digest and nothing else. The authorization walks take one after every run of refusals, most of which wrote
 * nothing: one small statement against a digest of every table, 20–30 ms on the database they leave behind
 * (docs/performance.md, CI's time).
 */
const lastTaken = new WeakMap<Queryable, { snapshot: string; fingerprint: string }>();

export async function databaseFingerprint(db: Queryable): Promise<string> {
  // Inside a transaction that has written, its own later writes leave the snapshot as it was: digest every time.
  const [now] = await queryRows<{ snapshot: string; writing: boolean }>(
    db,
    sql`select pg_current_snapshot()::text as snapshot, pg_current_xact_id_if_assigned() is not null as writing`,
  );
  const last = lastTaken.get(db);
  if (!now!.writing && last?.snapshot === now!.snapshot) return last.fingerprint;
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
  // Every table in one statement, with the snapshot that statement read them in.
  const rows = await queryRows<{ name: string; digest: string }>(
    db,
    sql`${sql.join(digests, sql` union all `)} union all select null, pg_current_snapshot()::text`,
  );
  const fingerprint = rows
    .filter((row) => row.name !== null)
    .map((row) => `${row.name}:${row.digest}`)
    .sort()
    .join(",");
  if (!now!.writing) lastTaken.set(db, { snapshot: rows.find((row) => row.name === null)!.digest, fingerprint });
  return fingerprint;
}
