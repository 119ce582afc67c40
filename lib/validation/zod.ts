/**
 * Configures Zod so that every issue's message is a catalogue key with its values in query form, so the browser
 * and the server, which share every schema, show the same translated message. Schemas use Zod Mini
 * (`import * as z from "zod/mini"`): its functions tree-shake, which keeps form pages light on slow
 * connections (docs/decisions/0006). Import this module once where parsing happens (parse.ts on the server,
 * the form kit in the browser); it must not re-export z, or bundlers keep the whole library.
 */
import { config } from "zod/mini";
import type { $ZodRawIssue } from "zod/v4/core";
import type { KeyWithValues, LibMessage, MessageKey } from "@/lib/i18n/message-key";

/** A catalogue key with its values in query form: "validation.tooLong?maximum=200". */
export function withValues(key: MessageKey, values: Record<string, unknown>): LibMessage {
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)])).toString();
  if (!query) return key;
  // The brand says the text before "?" is a key of the catalogue: `key` is one.
  const withQuery: string = `${key}?${query}`;
  return withQuery as KeyWithValues;
}

export function messageForIssue(issue: $ZodRawIssue): LibMessage {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === ""
        ? "validation.required"
        : "validation.invalid";
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? "validation.required"
          : withValues("validation.tooShort", { minimum: issue.minimum });
      }
      if (issue.origin === "array" || issue.origin === "set") return withValues("validation.tooFew", { minimum: issue.minimum });
      return withValues("validation.tooSmall", { minimum: issue.minimum });
    case "too_big":
      if (issue.origin === "string") return withValues("validation.tooLong", { maximum: issue.maximum });
      if (issue.origin === "array" || issue.origin === "set") return withValues("validation.tooMany", { maximum: issue.maximum });
      return withValues("validation.tooBig", { maximum: issue.maximum });
    case "invalid_format":
      if (issue.format === "email") return "validation.email";
      if (issue.format === "url") return "validation.url";
      if (issue.format === "date") return "validation.date";
      return "validation.invalid";
    case "invalid_value":
      return "validation.choice";
    default:
      return "validation.invalid";
  }
}

config({ customError: messageForIssue });
