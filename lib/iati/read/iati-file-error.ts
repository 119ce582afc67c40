/** The error that sinks a whole IATI file (decision 2120); re-exported by types.ts, the reader's contract. */
import type { IatiFileErrorReason } from "./types";

/**
 * What sinks the whole file: malformed XML, a root other than `iati-activities`, a DOCTYPE (entities: an XML bomb or
 * an external entity, refused before any is expanded), nothing in it. `line`/`column` are 1-based where the parser
 * knew them (null for "empty"); `detail` is the parser's own words, for logs and the report, never shown as text.
 */
export class IatiFileError extends Error {
  readonly reason: IatiFileErrorReason;
  readonly line: number | null;
  readonly column: number | null;
  readonly detail: string;

  constructor(reason: IatiFileErrorReason, options: { line?: number | null; column?: number | null; detail?: string } = {}) {
    super(`IATI file refused: ${reason}${options.line ? ` at ${options.line}:${options.column ?? 0}` : ""}${options.detail ? ` (${options.detail})` : ""}`);
    this.name = "IatiFileError";
    this.reason = reason;
    this.line = options.line ?? null;
    this.column = options.column ?? null;
    this.detail = options.detail ?? "";
  }
}
