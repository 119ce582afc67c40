import { describe, expect, it } from "vitest";
import { longestRedirectPath, safeRedirectPath } from "./safe-redirect";

const origin = "http://localhost:3210";

describe("where a sign-in, sign-out or one-time link may send someone", () => {
  it("follows a path of this Socle, with its query and fragment", () => {
    expect(safeRedirectPath("/countries/BJ?tab=steps#s3", origin)).toBe("/countries/BJ?tab=steps#s3");
    expect(safeRedirectPath(`${origin}/countries/BJ`, origin)).toBe("/countries/BJ");
  });

  it.each([
    ["a protocol-relative path", "//evil.example/x"],
    ["the probe's same-origin address with a protocol-relative path", `${origin}//evil.example/x`],
    ["a backslash after the slash", "/\\evil.example/x"],
    ["a backslash path", "\\\\evil.example/x"],
    ["a tab the browser would drop", "/\t/evil.example/x"],
    ["a newline the browser would drop", "/\n/evil.example/x"],
    ["another site", "https://evil.example/x"],
    ["another port of the same host", "http://localhost:4000/countries"],
    ["a javascript: address", "javascript:alert(1)"],
    ["a relative path without a slash", "evil.example/x"],
    ["an API route", "/api/auth/signout"],
    ["nothing", undefined],
    ["an empty value", ""],
  ])("sends %s to the start page", (_what, value) => {
    expect(safeRedirectPath(value, origin)).toBe("/");
  });

  it("takes the first of repeated parameters", () => {
    expect(safeRedirectPath(["/matrix", "//evil.example"], origin)).toBe("/matrix");
  });
});

describe("a path too long for a redirect header", () => {
  const search = `/search?q=${"social ".repeat(1000)}`;

  it("comes back without its query when the path alone fits", () => {
    expect(safeRedirectPath(search, origin)).toBe("/search");
    expect(safeRedirectPath(`${origin}${search}`, origin)).toBe("/search");
  });

  it("is the start page when even its path is too long, or the value is too long to read", () => {
    expect(safeRedirectPath(`/${"a".repeat(longestRedirectPath)}`, origin)).toBe("/");
    expect(safeRedirectPath(`/countries?${"x".repeat(20_000)}`, origin)).toBe("/");
  });

  it("keeps a path of exactly the longest length whole", () => {
    const path = `/search?q=${"a".repeat(longestRedirectPath - 10)}`;
    expect(path).toHaveLength(longestRedirectPath);
    expect(safeRedirectPath(path, origin)).toBe(path);
  });
});
