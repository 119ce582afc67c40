/** The gaps view across countries: the same read as the page /assessment/gaps, with the same filters. */
import { guarantees, recommendationStatuses, regions } from "@/db/schema/values";
import { getAssessmentGaps } from "@/lib/assessment/matrix/gaps";
import { assessmentGapsApiQuery } from "@/lib/validation/assessment-gaps";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { localizedTextResponse } from "../schemas";

const country = {
  countryCode: z.string().length(2),
  countryName: localizedTextResponse,
  region: z.enum(regions),
};

const gapsRow = z
  .object({
    ...country,
    schemesInForce: z.int().meta({ description: "Live schemes in force serving the guarantee, among those the caller may read." }),
    policyGaps: z.int().meta({ description: "Live policy gaps recorded in the guarantee's block." }),
    recommendations: z
      .object(Object.fromEntries(recommendationStatuses.map((status) => [status, z.int()])) as Record<(typeof recommendationStatuses)[number], z.ZodInt>)
      .meta({ description: "Live recommendations of the block, by status." }),
  })
  .meta({ id: "AssessmentGapsRow" });

const gapsCountry = z.object(country).meta({ id: "AssessmentGapsCountry" });

const gaps = z
  .object({
    blocks: z
      .array(z.object({ guarantee: z.enum(guarantees), rows: z.array(gapsRow) }))
      .meta({ description: "One per guarantee (or the one asked for), in Recommendation 202's order; rows by country code." }),
    noneRecorded: z.array(gapsCountry).meta({ description: "Countries whose matrix the caller reads with nothing recorded: no live item and no scheme the caller sees." }),
    notShared: z.array(gapsCountry).meta({ description: "Countries whose matrix is kept from the caller: no figure is given for them." }),
  })
  .meta({ id: "AssessmentGaps" });

export const getAssessmentGapsEndpoint = defineEndpoint({
  method: "GET",
  path: "/assessment/gaps",
  operationId: "getAssessmentGaps",
  summary: "Gaps across countries, per guarantee",
  description:
    "For each guarantee of the floor and each country whose assessment matrix the caller may read (shared with everyone, or one of the " +
    "caller's countries): the schemes in force, the policy gaps and the recommendations by status. Filters: `guarantee`, `region`, " +
    "`spfiStatus`, and `agency` (an acronym: the countries that agency supports).",
  tags: ["Assessment"],
  query: assessmentGapsApiQuery,
  response: z.object({ data: gaps }),
  handle: async ({ db, actor, query }) => {
    const { blocks, noneRecorded, notShared } = await getAssessmentGaps(db, actor, query);
    return { data: { blocks, noneRecorded, notShared } };
  },
});
