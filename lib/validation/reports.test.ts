import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./parse";
import { exportFileQuery } from "./reports";

function errorsFor(input: unknown) {
  const result = exportFileQuery.safeParse(input);
  if (result.success) throw new Error("expected a failure");
  return fieldErrorsOf(result.error);
}

describe("the country an export's file is named after", () => {
  it("is two letters, upper-cased, or absent", () => {
    expect(exportFileQuery.parse({ country: "sn", step: "costing_financing" })).toEqual({ country: "SN" });
    expect(exportFileQuery.parse({})).toEqual({});
    expect(exportFileQuery.parse({ country: "" })).toEqual({}); // a blank filter, as the lists read it
  });

  it.each([
    ['a header parameter', 'x"; filename="evil.html'],
    ["a line break", "S\r\nN"],
    ["a NUL byte", "S\u0000"],
    ["a letter outside ASCII", "SÉ"],
    ["three letters", "SEN"],
  ])("refuses %s, naming the field", (_case, country) => {
    expect(errorsFor({ country })).toEqual({ country: "validation.countryCode" });
  });
});
