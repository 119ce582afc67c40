/**
 * PGlite as Drizzle uses it, without a cost PGlite charges on every query (decision 2490).
 *
 * Drizzle asks PGlite to hand back timestamps, dates, intervals and their arrays as PostgreSQL writes them, by
 * passing its own parsers with each query; PGlite merges a query's parsers into its table of every type's parser (445
 * of them) before reading the rows: 140 µs a query measured here, more than a small query itself. The same parsers
 * are installed once, when the database opens (`installParsersAsWritten`), and the queries Drizzle sends reach PGlite
 * without them.
 */
import { PGlite, type QueryOptions, type Results, types } from "@electric-sql/pglite";

const asWritten = (value: string) => value;

/** The types Drizzle's PGlite driver reads as written (drizzle-orm/pglite/session.js): the same, once. */
export const parsersAsWritten: Record<number, (value: string) => string> = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231 /* numeric[] */, 1115 /* timestamp[] */, 1185 /* timestamptz[] */, 1187 /* interval[] */, 1182 /* date[] */].map(
    (oid) => [oid, asWritten],
  ),
);

/**
 * Installs `parsersAsWritten` in an open PGlite. Not through its `parsers` option: PGlite sets a parser for every
 * array type after it opens (`_initArrayTypes`), over the arrays' parsers given that way.
 */
export function installParsersAsWritten(client: PGlite): void {
  Object.assign(client.parsers, parsersAsWritten);
}

/**
 * A query's options without its parsers when each of them is one the database already has; otherwise as they came
 * (a Drizzle that reads another type its own way keeps working, at the old cost).
 */
export function withoutInstalledParsers(options: QueryOptions | undefined): QueryOptions | undefined {
  if (!options?.parsers) return options;
  for (const oid in options.parsers) if (!(oid in parsersAsWritten)) return options;
  const { parsers: _installed, ...rest } = options;
  return rest;
}

type Queries = { query: <T>(text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<T>> };

/** One transaction's queries, as Drizzle's session sends them inside `transaction`. */
class TransactionForDrizzle {
  constructor(private readonly transaction: Queries) {}
  query<T>(text: string, params?: unknown[], options?: QueryOptions) {
    return this.transaction.query<T>(text, params, withoutInstalledParsers(options));
  }
}

/**
 * What Drizzle calls on its PGlite client (`query`, `transaction`; drizzle-orm/pglite/session.js), passed on to a
 * PGlite with `parsersAsWritten` installed.
 */
export class PgliteForDrizzle {
  constructor(readonly client: PGlite) {}
  query<T>(text: string, params?: unknown[], options?: QueryOptions) {
    return this.client.query<T>(text, params, withoutInstalledParsers(options));
  }
  transaction<T>(run: (transaction: TransactionForDrizzle) => Promise<T>) {
    return this.client.transaction((transaction) => run(new TransactionForDrizzle(transaction)));
  }
}
