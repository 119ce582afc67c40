import { describe, expect, it } from "vitest";
import { attachment } from "./content-disposition";

// RFC 6266 with RFC 8187's ext-value: a quoted ASCII name, then the exact name in attr-chars and %-escapes.
const wellFormed = /^attachment; filename="[\x20\x21\x23-\x5b\x5d-\x7e]*"(; filename\*=UTF-8''(?:[A-Za-z0-9!#$&+.^_`|~-]|%[0-9A-F]{2})*)?$/;

const exactName = (header: string) => decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)?.[1] ?? /filename="(.*)"/.exec(header)![1]!);

describe("attachment", () => {
  it("names a plain file as it is", () => {
    expect(attachment("socle-report-SN-2026-12-02.pdf")).toBe('attachment; filename="socle-report-SN-2026-12-02.pdf"');
  });

  it.each([
    ['a quoted parameter', 'x"; filename="evil.html'],
    ["a header break", "report\r\nSet-Cookie: session=stolen.csv"],
    ["a NUL byte", "report\u0000.csv"],
    ["accents and other scripts", "Évaluation Sénégal — 报告.pdf"],
    ["characters RFC 8187 keeps out of its values", "budget (v2) 'final' *é.xlsx"],
    ["a lone surrogate", "rapport\ud800.pdf"],
  ])("keeps %s inside one well-formed header", (_case, name) => {
    const header = attachment(name);
    expect(header).toMatch(wellFormed);
    expect(() => new Headers({ "content-disposition": header })).not.toThrow();
  });

  it("gives browsers the exact name back", () => {
    for (const name of ["Évaluation Sénégal — 报告.pdf", "budget (v2) 'final' *é.xlsx", "socle-needs-SN-2026-12-02.csv"]) {
      expect(exactName(attachment(name))).toBe(name);
    }
  });
});
