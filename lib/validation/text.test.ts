import { describe, expect, it } from "vitest";
import { libraryQuery } from "./library";
import { parseInput } from "./parse";
import { searchQuerySchema } from "./search";
import { supportListQuery } from "./support";
import { textSchema } from "./text";
import * as z from "zod/mini";

const hostile = {
  NUL: "before\u0000after",
  "an escape": "\u001b[31mred",
  DEL: "a\u007fb",
  "a C1 control": "a\u0085b",
  "U+FFFE": "a\ufffeb",
  "U+FFFF": "a\uffffb",
  "a lone high surrogate": "a\ud83db",
  "a lone low surrogate": "a\ude00b",
};

describe("the one text rule", () => {
  for (const [name, text] of Object.entries(hostile)) {
    it(`refuses ${name} with the field's control-character message`, () => {
      expect(() => parseInput(z.object({ title: textSchema(200) }), { title: text })).toThrow(
        expect.objectContaining({ code: "INVALID", fieldErrors: { title: "validation.controlCharacters" } }),
      );
    });
  }

  it("keeps tab, new lines, accents, emoji and right-to-left scripts", () => {
    const text = "Étape\t1\nمرحلة ✅ 😀\r\nfin";
    expect(parseInput(z.object({ description: textSchema(200) }), { description: text })).toEqual({ description: text });
  });

  it("applies to every text parseInput returns, even one whose schema is a plain string", () => {
    expect(() => parseInput(z.object({ name: z.string() }), { name: "a\uffffb" })).toThrow(
      expect.objectContaining({ fieldErrors: { name: "validation.controlCharacters" } }),
    );
  });
});

describe("filters in a page's URL", () => {
  it("ignore a hostile value instead of reaching the database", () => {
    expect(searchQuerySchema.parse({ q: "\u0000" }).q).toBe("");
    expect(searchQuerySchema.parse({ q: "budget\uffff" }).q).toBe("");
    expect(supportListQuery.parse({ agency: "\u0000" }).agency).toBeUndefined();
    expect(supportListQuery.parse({ agency: "ilo" }).agency).toBe("ILO");
    expect(libraryQuery.parse({ step: "\u0000" }).step).toBeUndefined();
    expect(libraryQuery.parse({ step: "costing_financing" }).step).toBe("costing_financing");
  });
});
