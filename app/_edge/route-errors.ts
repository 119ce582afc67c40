/** Maps errors for route handlers: one JSON error body for every 4xx, and a bare 500 that leaks nothing. */
import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError, httpStatusOf, invalid } from "@/lib/errors";
import { translateMessage, type Translator } from "@/lib/i18n/translate-message";

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string>; current?: unknown } };

export async function errorResponse(error: unknown): Promise<Response> {
  if (error instanceof AppError) {
    const t = (await getTranslations()) as unknown as Translator;
    const fields = Object.entries(error.fieldErrors).map(([field, message]) => [field, translateMessage(t, message)]);
    const body: ErrorBody = {
      error: {
        code: error.code,
        message: translateMessage(t, error.message),
        ...(fields.length ? { fields: Object.fromEntries(fields) } : {}),
        ...(error.current !== undefined ? { current: error.current } : {}),
      },
    };
    return Response.json(body, { status: httpStatusOf[error.code] });
  }
  console.error(error);
  return Response.json({ error: { code: "INTERNAL", message: "Unexpected error" } } satisfies ErrorBody, { status: 500 });
}

/** The request's JSON body; a body that is not JSON is the client's mistake (422), not a server error. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw invalid({}, "errors.invalidJson");
  }
}
