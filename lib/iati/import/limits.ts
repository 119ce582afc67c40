/**
 * How large an IATI activity file an import takes (client-safe: the upload form says it): within the 52 MB a signed-in
 * form may send (lib/validation/upload-limits.ts), leaving room for the other fields.
 */
export const iatiImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  /** The stored file is read back in chunks of this size, so a dry run holds one chunk and one activity at a time. */
  chunkBytes: 1024 * 1024,
  /** Progress is written at most this often (milliseconds). */
  progressEveryMs: 1000,
  /** A `reading` import whose progress has not moved for this long lost its process (a restart): it is read again. */
  staleAfterMs: 3 * 60 * 1000,
  /** Problems kept per activity in the report (the count says how many there were). */
  problemsShown: 20,
  /** Activities judged together: two queries a batch. */
  batchSize: 200,
} as const;

export const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
