/**
 * Database failures that say nothing about the request itself: the database was busy (a deadlock or a serialization
 * failure it ended by failing this transaction, a lock it would not wait for, no connection free) or out of reach
 * (restarting, the connection lost). The same request may succeed a moment later. Drizzle wraps the driver's error as
 * its `cause`; pg's and PGlite's errors carry PostgreSQL's SQLSTATE as `code`, a socket's its errno name.
 */
const busy = new Set(["40001", "40P01", "55P03", "53300"]);
const shutdown = new Set(["57P01", "57P02", "57P03"]);
const socket = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
/** What pg says when a connection ends under a query, or none frees up in time: errors without a code. */
const driverMessages = [/^Connection terminated/, /^timeout exceeded when trying to connect$/, /^Client has encountered a connection error/];

export function isTransientDatabaseError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (busy.has(code) || shutdown.has(code) || socket.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (driverMessages.some((pattern) => pattern.test(current.message))) return true;
  }
  return false;
}
