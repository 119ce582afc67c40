import { describe, expect, it } from "vitest";
import { isAssignedCountryCode, iso3166Alpha2, standardCountryName, standardCountryNames } from "./iso-3166";

describe("ISO 3166-1 alpha-2 codes", () => {
  it("has the 249 assigned codes, each one a country or territory the platform can name", () => {
    expect(iso3166Alpha2.size).toBe(249);
    for (const code of iso3166Alpha2) expect(standardCountryName(code, "en"), code).not.toBeNull();
  });

  it("refuses codes that are reserved, withdrawn or not country codes at all", () => {
    for (const code of ["EU", "UN", "UK", "XK", "ZZ", "SU", "QQ", "1A"]) expect(isAssignedCountryCode(code), code).toBe(false);
    expect(isAssignedCountryCode("sn")).toBe(true);
  });

  it("names a country in the four interface languages", () => {
    expect(standardCountryNames("SN")).toEqual({ en: "Senegal", fr: "Sénégal", es: "Senegal", pt: "Senegal" });
    expect(standardCountryNames("QQ")).toEqual({});
  });
});
