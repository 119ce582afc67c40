/** Maps errors for route handlers: one JSON error body for every 4xx, and a bare 500 that leaks nothing. */
import "server-only";
import { AppError, httpStatusOf } from "@/lib/errors";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; current?: unknown } };

export function errorResponse(error: unknown, translate: (message: string) => string = (message) => message): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: translate(error.message),
        ...(Object.keys(error.fieldErrors).length
          ? { fields: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [field, translate(message)])) }
          : {}),
        ...(error.current !== undefined ? { current: error.current } : {}),
      },
    };
    return Response.json(body, { status: httpStatusOf[error.code] });
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL", message: "Unexpected error" } } satisfies ErrorBody, { status: 500 });
}
