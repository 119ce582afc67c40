import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./paging";
import * as z from "zod/mini";

const position = z.object({ after: z.string() });

describe("keyset paging", () => {
  it("gives a cursor only when there is a next page, and the cursor names the last row", () => {
    const full = pageOf(["AR", "BF", "BJ"], 2, (code) => ({ after: code }));
    expect(full.data).toEqual(["AR", "BF"]);
    expect(decodeCursor(position, full.nextCursor!)).toEqual({ after: "BF" });
    expect(pageOf(["AR"], 2, (code) => ({ after: code })).nextCursor).toBeNull();
  });

  it("refuses a cursor it did not make, as a problem with the cursor field", () => {
    for (const cursor of ["not base64 !", encodeCursor({ before: 1 }), "e30"]) {
      expect(() => decodeCursor(position, cursor)).toThrow(expect.objectContaining({ code: "INVALID", fieldErrors: { cursor: "api.badCursor" } }));
    }
    expect(decodeCursor(position, undefined)).toBeNull();
  });
});
