/** Parses input at the boundary: a valid value, or an INVALID AppError with one message per field. */
import type { $ZodError } from "zod/v4/core";
import { invalid, type FieldErrors } from "@/lib/errors";
import type * as z from "zod/mini";
import "./zod";

export function fieldErrorsOf(error: $ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

export function parseInput<Schema extends z.ZodMiniType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsOf(result.error));
  return result.data;
}
