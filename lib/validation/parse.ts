/** Parses input at the boundary: a valid value, or an INVALID AppError with one message per field. */
import type { $ZodError } from "zod/v4/core";
import { invalidInput, type IssueMessages } from "@/lib/errors";
import type * as z from "zod/mini";
import "./zod";
import { hasIllegalCharacters } from "./text-characters";

export function fieldErrorsOf(error: $ZodError): IssueMessages {
  const fieldErrors: IssueMessages = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}

/**
 * The paths of the strings in a parsed value that hold a character the text rule refuses ("links.0.title"): the net
 * under schemas whose strings do not come from textSchema (records, pipes, regexes), with the same rule.
 */
export function controlCharacterPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return hasIllegalCharacters(value) ? [path.length ? path.join(".") : "_form"] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterPaths(item, [...path, String(index)]));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, item]) => controlCharacterPaths(item, [...path, key]));
  }
  return [];
}

/** The valid value, or a message per field, also for text holding control characters: what parseInput throws, for a caller that collects (an import's rows). */
export function checkInput<Schema extends z.ZodMiniType>(schema: Schema, input: unknown): { data: z.output<Schema>; errors?: never } | { data?: never; errors: IssueMessages } {
  const result = schema.safeParse(input);
  if (!result.success) return { errors: fieldErrorsOf(result.error) };
  const controlled = controlCharacterPaths(result.data);
  if (controlled.length) return { errors: Object.fromEntries(controlled.map((field) => [field, "validation.controlCharacters"])) };
  return { data: result.data };
}

/** The valid value; otherwise INVALID with a message per field, also for text holding control characters. */
export function parseInput<Schema extends z.ZodMiniType>(schema: Schema, input: unknown): z.output<Schema> {
  const checked = checkInput(schema, input);
  if (checked.errors) throw invalidInput(checked.errors);
  return checked.data;
}
