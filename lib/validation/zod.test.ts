import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./parse";
import * as z from "zod/mini";
import "./zod";

const schema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(10)),
  code: z.string().check(z.minLength(3)),
  email: z.email(),
  kind: z.enum(["a", "b"]),
  count: z.coerce.number().check(z.int(), z.gte(2)),
});

function errorsFor(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return fieldErrorsOf(result.error);
}

describe("zod messages are catalogue keys with their values", () => {
  it("says required for a missing or blank field", () => {
    expect(errorsFor({ title: "   ", code: "abc", email: "a@b.org", kind: "a", count: 3 })).toEqual({ title: "validation.required" });
    expect(errorsFor({ code: "abc", email: "a@b.org", kind: "a", count: 3 })).toEqual({ title: "validation.required" });
  });

  it("carries the limit of a too long or too short text", () => {
    const errors = errorsFor({ title: "x".repeat(11), code: "ab", email: "a@b.org", kind: "a", count: 3 });
    expect(errors).toEqual({ title: "validation.tooLong?maximum=10", code: "validation.tooShort?minimum=3" });
  });

  it("names the kind of problem for formats, choices and numbers", () => {
    const errors = errorsFor({ title: "ok", code: "abc", email: "not-an-email", kind: "z", count: 1 });
    expect(errors).toEqual({ email: "validation.email", kind: "validation.choice", count: "validation.tooSmall?minimum=2" });
  });
});
