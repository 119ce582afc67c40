/** The typed errors lib/ throws, mapped once at each edge (HTTP status, form state, notFound/forbidden). */

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
 * so that lib/ stays language-free and the browser and the server translate the same text.
 */
export type MessageKey = string;
export type FieldErrors = Record<string, MessageKey>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors;
  /** For CONFLICT: the record as it stands now, so the user sees the newer version. */
  readonly current: unknown;

  constructor(code: AppErrorCode, message: MessageKey, options: { fieldErrors?: FieldErrors; current?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
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
export const invalid = (fieldErrors: FieldErrors, message: MessageKey = "errors.invalid") =>
  new AppError("INVALID", message, { fieldErrors });
export const conflict = (current: unknown) => new AppError("CONFLICT", "errors.conflict", { current });
