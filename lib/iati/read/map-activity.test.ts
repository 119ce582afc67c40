import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyActivity } from "./classify-activity";
import { mapActivity } from "./map-activity";
import { readIatiFile } from "./read-iati-file";
import { Decimal, countryShares, splitAmount } from "./split-by-country";
import type { MapOptions, MappedEntry, ReadActivity } from "./types";
import { seedAgencies } from "@/db/seed-data/agencies";
import { seedCountries } from "@/db/seed-data/countries";

async function activitiesOf(file: string): Promise<ReadActivity[]> {
  const activities: ReadActivity[] = [];
  for await (const event of readIatiFile(createReadStream(file))) if (event.kind === "activity") activities.push(event.activity);
  return activities;
}

/** The countries a new Socle holds, and the agencies it knows by IATI ref (ids invented for the test). */
const socleCountries = new Set(seedCountries.map((country) => country.code));
const agenciesByIatiRef = new Map(seedAgencies.flatMap((agency) => (agency.iatiRef ? [[agency.iatiRef, { id: `agency-${agency.acronym}` }] as const] : [])));
const withCountries = (...codes: string[]) => new Set([...socleCountries, ...codes]);
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const mapOptions = (agencyIatiRef: string, countryCodes: Set<string>, today = "2026-12-03"): MapOptions => ({ agencyIatiRef, countryCodes, agenciesByIatiRef, today });

const realData = process.env.REAL_DATA_DIR ?? path.resolve(process.cwd(), "..", "shared", "real-data");
describe.skipIf(!existsSync(realData))("each real agency file classified for its own agency", () => {
  const classify = async (name: string, agencyIatiRef: string, countryCodes: Set<string>) =>
    (await activitiesOf(path.join(realData, name))).map((activity) => ({ identifier: activity.identifier, ...classifyActivity(activity, { agencyIatiRef, countryCodes }) }));
  const verdicts = (rows: { keep: boolean; reason?: string }[]) => rows.map((row) => (row.keep ? "keep" : row.reason));

  it("UNDP's 9 are social protection (16011 or SDG 1.3); none of their countries is in a new Socle, all once a coordinator adds them", async () => {
    expect(verdicts(await classify("iati-undp-2.03-social-protection.xml", "XM-DAC-41114", socleCountries))).toEqual(Array(9).fill("unknown_country"));
    const kept = await classify("iati-undp-2.03-social-protection.xml", "XM-DAC-41114", withCountries("SN", "BZ", "GM", "TJ", "CN", "DO"));
    expect(verdicts(kept)).toEqual(Array(9).fill("keep"));
    // Uploaded by another agency's adviser: none of them is theirs.
    expect(verdicts(await classify("iati-undp-2.03-social-protection.xml", "XM-DAC-41122", withCountries("SN")))).toEqual(Array(9).fill("other_agency"));
  });

  it("UNICEF's 5 country programmes (16011) are kept; its Ebola file keeps the 16011 one and skips health and governance", async () => {
    expect(verdicts(await classify("iati-unicef-2.02-social-protection.xml", "XM-DAC-41122", withCountries("BD", "IN", "DO", "JO", "RS")))).toEqual(Array(5).fill("keep"));
    const ebola = await classify("iati-unicef-2.02-ebola-dportal-flat.xml", "XM-DAC-41122", withCountries("SL", "GN"));
    expect(verdicts(ebola)).toEqual(["keep", "not_social_protection", "not_social_protection"]);
  });

  it("WFP's food assistance (72040, SDG 2) is not social protection, though Ghana is a Socle country", async () => {
    const rows = await classify("iati-wfp-2.03.xml", "XM-DAC-41140", socleCountries);
    expect(verdicts(rows)).toEqual(Array(3).fill("not_social_protection"));
    expect(rows[0]).toMatchObject({ detail: expect.stringContaining("1:72040") });
  });

  it("WHO's COVID response (72010 read from narratives, SDG 3.D) is not social protection", async () => {
    expect(verdicts(await classify("iati-who-2.03.xml", "XM-DAC-928", withCountries("BD", "NG", "UG")))).toEqual(Array(3).fill("not_social_protection"));
  });

  it("FAO keeps only its 16010 activity in the Central African Republic", async () => {
    const rows = await classify("iati-fao-2.02.xml", "XM-DAC-41301", withCountries("CF", "TR", "ML"));
    expect(rows.filter((row) => row.keep).map((row) => row.identifier)).toEqual(["XM-DAC-41301-683002"]);
    expect(verdicts(rows)).toEqual(["keep", "not_social_protection", "not_social_protection"]);
  });

  it("UNOPS's 3 (15110, 41010, 23210) are not social protection, unless the adviser lists their sectors", async () => {
    const activities = await activitiesOf(path.join(realData, "iati-unops-2.03-as-published.xml"));
    const options = { agencyIatiRef: "41AAA", countryCodes: withCountries("AT", "BA", "RS", "ME", "MK", "AL", "XK", "GT", "UA") };
    expect(activities.map((activity) => classifyActivity(activity, options).keep)).toEqual([false, false, false]);
    expect(activities.map((activity) => classifyActivity(activity, { ...options, sectorCodes: ["151", "23210"] }).keep)).toEqual([true, false, true]);
  });

  it("UNICEF's Ebola commitments net of their negative de-obligations; Jordan's disbursement dated after the publication is of 0, left out with a note", async () => {
    const [sierraLeone] = (await activitiesOf(path.join(realData, "iati-unicef-2.02-ebola-dportal-flat.xml"))) as [ReadActivity];
    const commitments = sierraLeone.transactions.filter((transaction) => transaction.type === "2" && transaction.value !== null);
    const net = commitments.reduce((sum, transaction) => sum.plus(transaction.value!), new Decimal(0));
    const [entry] = mapActivity(sierraLeone, mapOptions("XM-DAC-41122", withCountries("SL"))) as [MappedEntry];
    expect(entry).toMatchObject({ countryCode: "SL", kind: "financial", amountBasis: "committed", amount: net.toFixed(), currency: "USD", status: "delivered" });
    expect(entry.transactions.every((transaction) => new Decimal(transaction.amount).gt(0))).toBe(true);
    expect(entry.notes.map((note) => note.reason)).toContain("negative_value");

    const jordan = (await activitiesOf(path.join(realData, "iati-unicef-2.02-social-protection.xml"))).find((activity) => activity.identifier?.includes("Jordan"))!;
    const [then] = mapActivity(jordan, mapOptions("XM-DAC-41122", withCountries("JO"), "2021-06-15")) as [MappedEntry];
    // Its value is 0: neither planned nor recorded, and said so.
    expect(then.notes).toEqual(expect.arrayContaining([expect.objectContaining({ reason: "left_out", detail: "value 0" })]));
    expect(then.plannedMoney.filter((money) => money.source === "future_transaction")).toEqual([]);
    expect(then.transactions.map((transaction) => transaction.occurredOn)).not.toContain("2022-12-31");
  });
});

describe("classification of the files written for the tests", () => {
  it("2.03: SDG 1.3 as a tag and as a sector are social protection; DAC 3-digit 160 is not; a country Socle does not hold; cancelled; another agency's", async () => {
    const activities = await activitiesOf(fixture("iati-2.03-agency.xml"));
    const options = { agencyIatiRef: " xm-dac-41302 ", countryCodes: socleCountries };
    expect(activities.map((activity) => classifyActivity(activity, options))).toEqual([
      { keep: true },
      { keep: true },
      { keep: false, reason: "not_social_protection", detail: "1:12110, 2:160" },
      { keep: false, reason: "unknown_country", detail: "FJ" },
      { keep: false, reason: "cancelled", detail: "activity-status 5" },
      { keep: false, reason: "other_agency", detail: "XM-DAC-41114" },
    ]);
  });

  it("an activity without an identifier is unreadable; a code read from a narrative counts", async () => {
    const [sahel, anonymous] = (await activitiesOf(fixture("iati-2.02-in-2.03-root.xml"))) as [ReadActivity, ReadActivity];
    const options = { agencyIatiRef: "XM-DAC-41122", countryCodes: withCountries("SN") };
    expect(classifyActivity(sahel, options)).toEqual({ keep: true });
    expect(classifyActivity(anonymous, options)).toEqual({ keep: false, reason: "unreadable", detail: "no iati-identifier" });
  });
});

describe("mapping to support entries", () => {
  it("2.01's textual codes: committed, disbursed, spent; incoming funds from a Socle member; English over the activity's French; actual start over planned", async () => {
    const [activity] = (await activitiesOf(fixture("iati-2.01-textual-codes.xml"))) as [ReadActivity];
    const [entry] = mapActivity(activity, mapOptions("XM-DAC-41302", withCountries("ML"))) as [MappedEntry];
    expect(entry).toMatchObject({
      iatiIdentifier: "XM-DAC-41302-ML-2015-01",
      countryCode: "ML",
      sharePercent: "100",
      title: "Social protection floor in Mali",
      kind: "financial",
      status: "ongoing",
      startDate: "2015-02-15",
      endDate: "2016-12-31",
      amount: "120000.5",
      currency: "EUR",
      amountBasis: "committed",
      fundingSource: "member",
      fundingAgencyId: "agency-UNDP",
      fundingDonor: null,
    });
    expect(entry.description).toBe("Support to the ministry to extend coverage.\n\n[fr] Socle de protection sociale au Mali\nAppui au ministère pour l'extension de la couverture.");
    expect(entry.transactions).toEqual([
      { iatiReference: "ML-C-1", position: 2, type: "committed", occurredOn: "2015-02-01", valueDate: "2015-02-01", amount: "120000.5", currency: "EUR" },
      { iatiReference: "ML-D-1", position: 3, type: "disbursed", occurredOn: "2015-06-30", valueDate: "2015-06-30", amount: "40000", currency: "USD" },
      { iatiReference: "ML-E-1", position: 4, type: "spent", occurredOn: "2015-12-31", valueDate: "2015-12-31", amount: "25000", currency: "EUR" },
    ]);
    expect(entry.notes).toEqual(
      expect.arrayContaining([
        { path: "transaction[5]", reason: "unmapped_transaction_type", detail: "6" },
        { path: "", reason: "mixed_currencies", detail: "EUR and USD" },
      ]),
    );
  });

  it("a multi-country activity: one entry per Socle country, its percentage of every figure; future money planned; revised budgets replace originals", async () => {
    const [sahel] = (await activitiesOf(fixture("iati-2.02-in-2.03-root.xml"))) as [ReadActivity];
    const entries = mapActivity(sahel, mapOptions("XM-DAC-41122", withCountries("SN", "ML"), "2026-12-03"));
    expect(entries.map((entry) => [entry.countryCode, entry.sharePercent])).toEqual([
      ["SN", "50"],
      ["ML", "30"],
    ]);
    const [senegal, mali] = entries as [MappedEntry, MappedEntry];
    // 1000.01 committed less 100 de-obligated: 900.01, split 50/30/20 to the cent.
    expect(senegal).toMatchObject({ amount: "450.01", amountBasis: "committed", status: "ongoing", startDate: "2024-01-01", endDate: "2027-12-31", fundingSource: "own" });
    expect(mali.amount).toBe("270");
    expect(senegal.transactions).toEqual([{ iatiReference: null, position: 1, type: "committed", occurredOn: "2024-03-01", valueDate: "2024-03-01", amount: "500.01", currency: "USD" }]);
    expect(mali.transactions.map((transaction) => transaction.amount)).toEqual(["300"]);
    expect(senegal.plannedMoney).toEqual([
      { source: "future_transaction", transactionType: "disbursed", periodStart: "2027-06-01", periodEnd: null, valueDate: "2027-06-01", amount: "150", currency: "USD" },
      { source: "budget", transactionType: null, periodStart: "2027-01-01", periodEnd: "2027-12-31", valueDate: "2024-06-01", amount: "1250", currency: "USD" },
    ]);
    expect(senegal.notes.map((note) => note.reason)).toEqual(expect.arrayContaining(["future_transaction", "negative_value", "left_out"]));
  });

  it("percentages that add up to 100 split exactly, the remainder cent on the last country", async () => {
    const [three, technical] = (await activitiesOf(fixture("iati-2.03-agency.xml"))) as [ReadActivity, ReadActivity];
    const entries = mapActivity(three, mapOptions("XM-DAC-41302", socleCountries));
    expect(entries.map((entry) => [entry.countryCode, entry.amount, entry.transactions.map((transaction) => transaction.amount)])).toEqual([
      ["BJ", "333.3", ["333.3", "0.03"]],
      ["TG", "333.3", ["333.3", "0.03"]],
      ["BF", "333.4", ["333.4", "0.04"]],
    ]);
    expect(entries[0]).toMatchObject({ status: "delivered", startDate: "2022-02-01", endDate: "2024-12-31", fundingSource: "member", fundingAgencyId: "agency-UNICEF", fundingActivityId: "XM-DAC-41122-WA-SP-1" });
    // No money at all: technical support, with a category the adviser may change.
    expect(mapActivity(technical, mapOptions("XM-DAC-41302", socleCountries))).toEqual([
      expect.objectContaining({ countryCode: "BJ", kind: "technical", technicalCategory: "policy_legal_design", amount: null, currency: null, status: "planned", fundingSource: "own" }),
    ]);
  });

  it("splitAmount: shares to the cent that add up to the amount; equal shares when the file gives no percentages", () => {
    const { shares, equalSplit } = countryShares([
      { code: "BJ", percentage: null },
      { code: "TG", percentage: null },
      { code: "BF", percentage: null },
    ]);
    expect(equalSplit).toBe(true);
    const parts = splitAmount(new Decimal("100"), shares);
    expect(parts.map((part) => part.toFixed())).toEqual(["33.33", "33.33", "33.34"]);
    expect(splitAmount(new Decimal("0.05"), countryShares([{ code: "BJ", percentage: 50 }, { code: "TG", percentage: 50 }]).shares).map((part) => part.toFixed())).toEqual(["0.03", "0.02"]);
    // Percentages short of 100 (the rest to a region): each share rounded, no remainder to place.
    expect(splitAmount(new Decimal("10"), countryShares([{ code: "BJ", percentage: 33.333 }, { code: "TG", percentage: 33.333 }]).shares).map((part) => part.toFixed())).toEqual(["3.33", "3.33"]);
  });

  it("an activity whose countries are only on its transactions: each transaction goes whole to its country", () => {
    const activity: ReadActivity = {
      line: 1,
      identifier: "XM-DAC-41302-TX",
      version: "2.03",
      lang: "en",
      defaultCurrency: "USD",
      hierarchy: null,
      reportingOrg: { ref: "XM-DAC-41302", type: "40", name: "ILO" },
      titles: [{ lang: "en", text: "Transactions by country" }],
      descriptions: [],
      status: "2",
      dates: [],
      recipientCountries: [],
      sectors: [{ vocabulary: "1", code: "16010", percentage: null }],
      tags: [],
      participatingOrgs: [],
      transactions: (["BJ", "TG", "FJ"] as const).map((country, index) => ({
        position: index + 1,
        ref: null,
        type: "2",
        date: "2025-01-01",
        value: String(100 * (index + 1)),
        currency: "USD",
        valueDate: null,
        providerOrg: null,
        receiverOrg: null,
        description: [],
        sectors: [],
        recipientCountry: country,
      })),
      budgets: [],
      plannedDisbursements: [],
      problems: [],
    };
    expect(classifyActivity(activity, { agencyIatiRef: "XM-DAC-41302", countryCodes: socleCountries })).toEqual({ keep: true });
    const entries = mapActivity(activity, mapOptions("XM-DAC-41302", socleCountries));
    expect(entries.map((entry) => [entry.countryCode, entry.amount, entry.transactions.length])).toEqual([
      ["BJ", "100", 1],
      ["TG", "200", 1],
    ]);
  });

  it("an activity past the reader's caps is read in part, so it is unreadable, never imported with wrong money", async () => {
    const transactions = Array.from({ length: 5_001 }, (_, n) => `<transaction><transaction-type code="2"/><transaction-date iso-date="2024-01-01"/><value value-date="2024-01-01">${n + 1}</value></transaction>`).join("");
    const text = `<iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>XM-DAC-41302-HUGE</iati-identifier><reporting-org ref="XM-DAC-41302" type="40"/><recipient-country code="BJ"/><sector code="16010"/>${transactions}</iati-activity></iati-activities>`;
    const activities: ReadActivity[] = [];
    async function* source() {
      yield new TextEncoder().encode(text);
    }
    for await (const event of readIatiFile(source())) if (event.kind === "activity") activities.push(event.activity);
    const [huge] = activities as [ReadActivity];
    expect(huge.transactions).toHaveLength(5_000);
    expect(huge.problems).toContainEqual({ path: "", reason: "too_large", detail: "1 rows left out" });
    expect(classifyActivity(huge, { agencyIatiRef: "XM-DAC-41302", countryCodes: socleCountries })).toEqual({ keep: false, reason: "unreadable", detail: "1 rows left out" });
  });
});
