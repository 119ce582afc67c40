/**
 * The funding settings' and exchange rates' probes for lib/permissions.int.test.ts: each action tried by each role,
 * the outcome compared with `can()`. Neither has a country or an agency: the scope is not used.
 */
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { addExchangeRate } from "./rates/add-exchange-rate";
import { getFundingSettings, updateFundingSettings } from "./settings";

type Probe = (db: Database, actor: Actor, scope: unknown) => Promise<unknown>;

/** Each allowed probe adds a daily rate of its own day, so that none meets another's key. */
let probeDay = 0;
const nextProbeDay = () => new Date(Date.UTC(2001, 0, 1 + probeDay++)).toISOString().slice(0, 10);

export function fundingProbes(): Record<"exchangeRate.manage" | "settings.manage", Probe> {
  return {
    "exchangeRate.manage": (db, actor) =>
      addExchangeRate(db, actor, { currency: "MZN", baseCurrency: "USD", period: "day", periodStart: nextProbeDay(), rate: "63.9", source: "Probe" }),
    // Names the version it saw and changes the age, so that each allowed probe writes rather than conflicting.
    "settings.manage": async (db, actor) => {
      const settings = await getFundingSettings(db);
      return updateFundingSettings(db, actor, { ...settings, rateMaxAgeDays: settings.rateMaxAgeDays === 366 ? 365 : 366 });
    },
  };
}
