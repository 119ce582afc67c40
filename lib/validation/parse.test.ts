import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { controlCharacterPaths, parseInput } from "./parse";

const schema = z.object({ title: z.string(), links: z.array(z.object({ url: z.string(), title: z.string() })) });

describe("parseInput", () => {
  it("refuses text holding a control character, per field, since PostgreSQL cannot store NUL (a 500 before)", () => {
    const input = { title: "Decree\u0000", links: [{ url: "https://example.org", title: "\u001b[31mred" }] };
    expect(() => parseInput(schema, input)).toThrow(expect.objectContaining({ code: "INVALID", fieldErrors: { title: "validation.controlCharacters", "links.0.title": "validation.controlCharacters" } }));
  });

  it("keeps tabs, line breaks and every other character", () => {
    const input = { title: "Line one\r\n\tLine two — ✓ 💥 \u202e", links: [] };
    expect(parseInput(schema, input)).toEqual(input);
    expect(controlCharacterPaths({ when: new Date(), bytes: new Uint8Array([0]) })).toEqual([]);
  });
});
