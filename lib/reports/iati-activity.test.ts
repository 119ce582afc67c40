/** The parts of an IATI activity that are plain arithmetic or text: country shares and identifiers. */
import { describe, expect, it } from "vitest";
import { countryPercentages, iatiIdentifierOf, publishableToIati } from "./iati-activity";
import type { ExportedEntry } from "./support-pages";

const shares = (...amounts: (string | null)[]) => amounts.map((amount) => ({ entry: { amount } as ExportedEntry["entry"] }));

describe("an activity split across countries, written back as one", () => {
  it("gives each country its share of the amount, adding up to 100 exactly", () => {
    expect(countryPercentages(shares("600", "400"))).toEqual(["60", "40"]);
    expect(countryPercentages(shares("1", "1", "1"))).toEqual(["33.33", "33.33", "33.34"]);
    expect(countryPercentages(shares("0.0001", "999999999999.9999"))).toEqual(["0", "100"]);
  });

  it("shares equally when there is no amount (technical support) or only zeros", () => {
    expect(countryPercentages(shares(null, null))).toEqual(["50", "50"]);
    expect(countryPercentages(shares("0", "0", "0", "0"))).toEqual(["25", "25", "25", "25"]);
    expect(countryPercentages(shares("5"))).toEqual(["100"]);
  });
});

describe("an activity's identifier", () => {
  it("keeps an imported identifier, else joins the agency's to the reference without what IATI forbids", () => {
    expect(iatiIdentifierOf({ iatiIdentifier: "XM-DAC-41302-SP 7", reference: "x" }, { iatiRef: "XM-DAC-41302" })).toBe("XM-DAC-41302-SP 7");
    expect(iatiIdentifierOf({ iatiIdentifier: null, reference: " ILO/BJ & TG|1? " }, { iatiRef: "XM-DAC-41302" })).toBe("XM-DAC-41302-ILO-BJ-TG-1-");
    expect(iatiIdentifierOf({ iatiIdentifier: null, reference: "A-1" }, { iatiRef: null })).toBeNull();
  });

  it("is publishable only with both the organisation identifier and type", () => {
    expect([publishableToIati({ iatiRef: "XM-DAC-1", iatiOrgType: "40" }), publishableToIati({ iatiRef: "XM-DAC-1", iatiOrgType: null }), publishableToIati({ iatiRef: null, iatiOrgType: "40" })]).toEqual([true, false, false]);
  });
});
