/** Recognises database errors that are the user's doing, the same on PGlite and on a PostgreSQL server. */

/** True for a unique-constraint violation (SQLSTATE 23505), as thrown by the driver or wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current && typeof current === "object"; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
