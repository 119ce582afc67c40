/** Parses input at the boundary: a valid value, or an INVALID AppError with one message per field. */
import { invalid, type FieldErrors } from "@/lib/errors";
import { z } from "./zod";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(fieldErrorsOf(result.error));
  return result.data;
}
