/** The typed errors lib/ throws, mapped once at each edge (HTTP status, form state, notFound/forbidden). */
import type { LibMessage } from "@/lib/i18n/message-key";

export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE";

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
};

export const forbidden = () => new AppError("FORBIDDEN", "errors.forbidden");
export const notFound = () => new AppError("NOT_FOUND", "errors.notFound");
export const invalid = (fieldErrors: FieldErrors, message: LibMessage = "errors.invalid") =>
  new AppError("INVALID", message, { fieldErrors });
/** INVALID from a Zod parse: one issue's message per field. */
export const invalidInput = (issues: IssueMessages) => new AppError("INVALID", "errors.invalid", { issues });
export const conflict = (current: unknown) => new AppError("CONFLICT", "errors.conflict", { current });
