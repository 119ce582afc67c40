/** The typed errors lib/ throws, mapped once at each edge (HTTP status, form state, notFound/forbidden). */
import { isTransientDatabaseError } from "@/db/transient-errors";
import type { LibMessage } from "@/lib/i18n/message-key";

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  /** The database was busy or out of reach (db/transient-errors.ts): the same request may succeed a moment later. */
  | "UNAVAILABLE";

/**
 * A message is a catalogue key, optionally with values in query form ("validation.tooLong?maximum=200"),
 * so that lib/ stays language-free and the browser and the server translate the same text. The keys lib/ writes
 * are typed; a Zod issue's message is text, checked against the catalogue where it is translated.
 */
export type FieldErrors = Record<string, LibMessage>;
/** Zod issues' messages by field: text, since schemas write their own; checked against the catalogue where translated. */
export type IssueMessages = Record<string, string>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: IssueMessages;
  /** For CONFLICT: the record as it stands now, so the user sees the newer version. */
  readonly current: unknown;

  constructor(code: AppErrorCode, message: LibMessage, options: { fieldErrors?: FieldErrors; issues?: IssueMessages; current?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.issues ?? options.fieldErrors ?? {};
    this.current = options.current;
  }
}

export const httpStatusOf: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAVAILABLE: 503,
};

export const forbidden = () => new AppError("FORBIDDEN", "errors.forbidden");
export const notFound = () => new AppError("NOT_FOUND", "errors.notFound");
export const invalid = (fieldErrors: FieldErrors, message: LibMessage = "errors.invalid") =>
  new AppError("INVALID", message, { fieldErrors });
/** INVALID from a Zod parse: one issue's message per field. */
export const invalidInput = (issues: IssueMessages) => new AppError("INVALID", "errors.invalid", { issues });
export const conflict = (current: unknown) => new AppError("CONFLICT", "errors.conflict", { current });

/**
 * An error as an edge answers it: lib's own as it is; a transient database failure (busy or out of reach) as
 * UNAVAILABLE, so that a form keeps what was typed and a program is told to retry, the failure itself logged for
 * whoever runs the server; anything else null, for the error boundary or a bare 500.
 */
export function answerableError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (!isTransientDatabaseError(error)) return null;
  console.error("Socle: the database was busy or out of reach; the request is answered 'try again'.", error);
  return new AppError("UNAVAILABLE", "errors.unavailable");
}
