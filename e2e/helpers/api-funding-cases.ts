/**
 * The funding's part of the matrix e2e/api-authorization.spec.ts walks: the exchange rate table and the funding
 * settings are the installation's, so their writes are judged without a country ("anywhere"). Each allowed visitor
 * adds a rate for a day no one used, corrects the set-up's rate, withdraws and restores it (leaving it live for the
 * next visitor), and moves the rates' maximum age a day up or back (saving the same values changes nothing); the two
 * coordinators, the only visitors allowed, leave it as it was.
 */
import { randomInt } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import type { Call, Case, Made } from "./api-permission-cases";
import { unique } from "./forged-forms";

/** The set-up's rate and the settings as they were. */
export type FundingMade = { rateId: string; settings: { reportingCurrency: string; rateMaxAgeDays: number }; moved: boolean };

type SetUp = (call: Call) => Promise<{ data: { id: string; version: number } & Record<string, unknown> }>;

const settingsKey = "funding-settings";

export async function setUpFunding(asSetUp: SetUp, versions: Map<string, number>, program: APIRequestContext, token: string): Promise<FundingMade> {
  const body = { currency: "MZN", baseCurrency: "USD", period: "month", periodStart: "1999-01-01", rate: "6.5", source: "Set-up" };
  // A retry of the spec finds the rate its first try added (live: the walk restores it): the 409 names it.
  const added = await program.post("/api/v1/exchange-rates", { data: body, headers: { authorization: `Bearer ${token}` } });
  const answer = await added.json();
  expect([201, 409], `set-up POST /exchange-rates: ${JSON.stringify(answer)}`).toContain(added.status());
  const rate = { data: added.status() === 201 ? answer.data : answer.error.current };
  versions.set(rate.data.id, rate.data.version);
  const settings = (await asSetUp({ method: "GET", url: "/funding-settings" })).data as unknown as FundingMade["settings"] & { version: number };
  versions.set(settingsKey, settings.version);
  return { rateId: rate.data.id, settings: { reportingCurrency: settings.reportingCurrency, rateMaxAgeDays: settings.rateMaxAgeDays }, moved: false };
}

/**
 * A day no rate of the walk has used yet: from one drawn at random in the 20th century, so that a retry of the spec
 * (a new process) does not start on the days its first try took.
 */
let daysUsed = randomInt(36_000);
const freshDay = () => new Date(Date.UTC(1900, 0, 1 + daysUsed++)).toISOString().slice(0, 10);

export function fundingCases(made: Made): Case[] {
  const { versions } = made;
  const funding = () => made.funding!;
  const rateId = () => funding().rateId;
  const write = (name: string, action: Case["action"], call: () => Call, versionOf?: string): Case => ({ name, action, where: "anywhere", target: {}, call, versionOf });
  const version = () => ({ version: versions.get(rateId()) ?? 1 });
  return [
    write("POST /exchange-rates", "exchangeRate.manage", () => ({ method: "POST", url: "/exchange-rates", body: { currency: "MZN", baseCurrency: "USD", period: "day", periodStart: freshDay(), rate: "63.9", source: unique("Source") } })),
    write("PATCH /exchange-rates/{id}", "exchangeRate.manage", () => ({ method: "PATCH", url: `/exchange-rates/${rateId()}`, body: { ...version(), rate: "6.5", source: unique("Corrected") } }), made.funding?.rateId),
    write("POST /exchange-rates/{id}/withdraw", "exchangeRate.manage", () => ({ method: "POST", url: `/exchange-rates/${rateId()}/withdraw`, body: version() }), made.funding?.rateId),
    write("POST /exchange-rates/{id}/restore", "exchangeRate.manage", () => ({ method: "POST", url: `/exchange-rates/${rateId()}/restore`, body: version() }), made.funding?.rateId),
    {
      name: "PUT /funding-settings",
      action: "settings.manage",
      where: "anywhere",
      target: {},
      call: () => {
        const { settings, moved } = funding();
        const body = { ...settings, rateMaxAgeDays: settings.rateMaxAgeDays + (moved ? 0 : 1), version: versions.get(settingsKey) ?? 1 };
        return { method: "PUT", url: "/funding-settings", body };
      },
      versionOf: settingsKey,
      after: () => (funding().moved = !funding().moved),
    },
  ];
}
