/** The cross-country summary: the same read as the reports page, every country's steps, support and money. */
import { z } from "zod";
import { regions, spfiStatuses } from "@/db/schema/values";
import { getSummaryReport } from "@/lib/reports/get-summary-report";
import { defineEndpoint } from "../endpoint";
import { localizedTextResponse } from "../schemas";

const amount = (description: string) => z.string().meta({ description: `${description} An exact decimal amount, as text (never a float).`, example: "150000.5" });

const money = z
  .object({
    currency: z.string().length(3).meta({ description: "ISO 4217: every amount of the row is in it, never converted." }),
    needed: amount("The estimates of the country's live funding needs in this currency."),
    pledged: amount("The live transactions of the country's support, each entry once, a live member's pass-through left out."),
    committed: amount("As pledged."),
    disbursed: amount("As pledged."),
    spent: amount("As pledged."),
    gap: amount("Per key step, what its needs estimate beyond what is committed to it, never below zero; summed over the steps."),
  })
  .meta({ id: "SummaryMoney" });

const country = z
  .object({
    code: z.string().length(2),
    name: localizedTextResponse,
    region: z.enum(regions),
    spfiStatus: z.enum(spfiStatuses),
    stepsDone: z.int().meta({ description: "Key steps completed." }),
    stepsApplicable: z.int().meta({ description: "Key steps that apply to the country (all but those marked not applicable)." }),
    stepsInProgress: z.int(),
    technicalEntries: z.int().meta({ description: "Live technical support entries." }),
    financialEntries: z.int().meta({ description: "Live financial support entries." }),
    money: z.array(money).meta({ description: "One per currency the country's needs or support are counted in, by currency code; empty when none." }),
  })
  .meta({ id: "SummaryCountry" });

export const getSummaryReportEndpoint = defineEndpoint({
  method: "GET",
  path: "/reports/summary",
  operationId: "getSummaryReport",
  summary: "Every country at a glance: steps, support and money",
  description:
    "The cross-country summary of the reports page, by country code: each country's key steps completed and in progress, its live " +
    "support entries by kind, and per currency what its funding needs estimate, what its support pledged, committed, disbursed and " +
    "spent, and the gap that remains. Needs report.export across countries and support.read, as the page does.",
  tags: ["Reports"],
  response: z.object({ data: z.array(country) }).meta({ id: "SummaryReport" }),
  handle: async ({ db, actor }) => {
    const { countries } = await getSummaryReport(db, actor, "en");
    return {
      data: countries
        .map((one) => ({
          code: one.code,
          name: one.names,
          region: one.region,
          spfiStatus: one.spfiStatus,
          stepsDone: one.stepsDone,
          stepsApplicable: one.stepsApplicable,
          stepsInProgress: one.inProgress,
          technicalEntries: one.technicalEntries,
          financialEntries: one.financialEntries,
          money: one.totals,
        }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    };
  },
});
