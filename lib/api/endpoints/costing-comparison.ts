/** The costing across countries: the same read as the page /costing, each country's latest validated version. */
import { z } from "zod";
import { costingProblemCodes } from "@/lib/costing/types";
import { listValidatedCostings } from "@/lib/costing/data/cross-country";
import { defineEndpoint } from "../endpoint";
import { localizedTextResponse } from "../schemas";

const figure = (description: string) => z.string().nullable().meta({ description: `${description} Exact decimal text; null when the model could not cost it (\`problems\` says why).` });

const comparisonPackage = z
  .object({
    id: z.uuid(),
    name: z.string(),
    totalCost: figure("The package's cost in the horizon year, in the costing's currency."),
    shareOfGdp: figure("The cost as a fraction of the horizon year's GDP: \"0.0125\" is 1.25 %."),
    problems: z
      .array(z.object({ code: z.enum(costingProblemCodes), year: z.int() }))
      .meta({ description: "What the model says about the horizon year's figures, each code and year once: the input missing or unusable, and its year." }),
  })
  .meta({ id: "CostingComparisonPackage" });

const comparisonCountry = z
  .object({
    countryCode: z.string().length(2),
    countryName: localizedTextResponse,
    number: z.int().meta({ description: "The validated version's number, from 1 per country." }),
    validatedOn: z.iso.date().meta({ description: "The day of the national dialogue that validated it." }),
    baseYear: z.int(),
    horizonYear: z.int().meta({ description: "The year whose figures are given." }),
    currency: z.string().length(3).meta({ description: "ISO 4217, the currency of every amount of this costing." }),
    packages: z.array(comparisonPackage).meta({ description: "In the order the version holds them." }),
  })
  .meta({ id: "CostingComparisonCountry" });

export const getCostingComparisonEndpoint = defineEndpoint({
  method: "GET",
  path: "/costing/comparison",
  operationId: "getCostingComparison",
  summary: "Validated costings across countries",
  description:
    "For each country whose costing the caller may read (shared with everyone, or one of the caller's countries) and that was validated " +
    "at a national dialogue: its latest validated version, and each package's cost and share of GDP in the horizon year as that version " +
    "froze them. By country code. Each country's figures rest on its own assumptions and horizon.",
  tags: ["Costing"],
  response: z.object({ data: z.array(comparisonCountry) }).meta({ id: "CostingComparison" }),
  handle: async ({ db, actor }) => ({ data: await listValidatedCostings(db, actor) }),
});
