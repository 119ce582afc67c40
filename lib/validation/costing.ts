/**
 * What people type about a country's costing (key step 6); shared by the forms, the JSON API and lib/. Rules across
 * fields speak with `costingRules.*` keys. Scenario, package and financing inputs join this file as they are built.
 */
import * as z from "zod/mini";
import { sharingLevels } from "@/db/schema/values";
import { maxHorizonYears } from "@/lib/costing/prepared-inputs";
import { versionSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { currencySchema, textField } from "./support";

/** The first and last years a costing may start: its figures are projections, a few years back or ahead. */
export const firstBaseYear = 1990;
export const lastBaseYear = () => new Date().getUTCFullYear() + 5;

const year = z.coerce.number().check(z.int({ message: "costingRules.yearWhole" }));

/** The costing's frame: base year, horizon, currency; the version seen, or 0 before there is a costing. */
export const costingFrameSchema = z
  .object({
    countryCode: countryCodeSchema,
    version: z.coerce.number().check(z.int(), z.gte(0)),
    baseYear: year,
    horizonYear: year,
    currency: currencySchema,
    populationSource: textField(500),
  })
  .check(
    z.superRefine((frame, context) => {
      if (frame.baseYear < firstBaseYear || frame.baseYear > lastBaseYear()) {
        context.addIssue({ code: "custom", path: ["baseYear"], message: "costingRules.baseYearRange" });
      }
      if (frame.horizonYear < frame.baseYear || frame.horizonYear - frame.baseYear > maxHorizonYears) {
        context.addIssue({ code: "custom", path: ["horizonYear"], message: "costingRules.horizonRange" });
      }
    }),
  );
export type CostingFrameInput = z.input<typeof costingFrameSchema>;

export const shareCostingSchema = z.object({ countryCode: countryCodeSchema, version: versionSchema, sharingLevel: z.enum(sharingLevels) });
export type ShareCostingInput = z.input<typeof shareCostingSchema>;
