/** The countries endpoints: the list with filters and paging, and one country with its key steps. */
import { regions, spfiStatuses } from "@/db/schema/geography";
import { stepStatuses } from "@/db/schema/progress";
import { getCountryOverview } from "@/lib/countries/get-country-overview";
import { queryCountries } from "@/lib/countries/query-countries";
import { countryCodeSchema, countryPageQuerySchema } from "@/lib/validation/countries";
import { z } from "zod";
import * as zm from "zod/mini";
import { defineEndpoint } from "../endpoint";
import { isoTimestamp, localizedTextResponse, pageResponse, timestamp } from "../schemas";
import { stepTitleFields } from "@/lib/progress/step-title";

const country = z
  .object({
    code: z.string().length(2).meta({ description: "ISO 3166-1 alpha-2", example: "BJ" }),
    name: localizedTextResponse,
    region: z.enum(regions),
    spfiStatus: z.enum(spfiStatuses),
    frameworkVersion: z.int().meta({ description: "The number of the framework version the country's steps follow." }),
    stepsDone: z.int(),
    stepsApplicable: z.int().meta({ description: "Steps not marked not applicable." }),
  })
  .meta({ id: "Country" });

const countryStep = z
  .object({
    id: z.uuid(),
    position: z.int(),
    key: z.string().nullable().meta({ description: "The framework step's stable key; null for a step the country added." }),
    title: localizedTextResponse.nullable().meta({ description: "A framework step's title; null for a national step." }),
    nationalTitle: z.string().nullable().meta({ description: "A national step's title, as the working group wrote it." }),
    status: z.enum(stepStatuses),
    statusChangedAt: timestamp.nullable(),
    requiresEvidence: z.boolean(),
    subActivities: z.object({ total: z.int(), done: z.int() }),
  })
  .meta({ id: "CountryStep" });

export const listCountriesEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries",
  operationId: "listCountries",
  summary: "List countries",
  description: "Countries ordered by code, filtered by region and SPF-I status, with how many of their steps are done.",
  tags: ["Countries"],
  query: countryPageQuerySchema,
  response: pageResponse(country, "CountryPage"),
  handle: ({ db, actor, query }) => queryCountries(db, actor, query),
});

export const getCountryEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}",
  operationId: "getCountry",
  summary: "Get a country with its key steps",
  tags: ["Countries"],
  params: z.object({ code: countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "BJ" })) }),
  response: z.object({ data: country.extend({ steps: z.array(countryStep) }).meta({ id: "CountryWithSteps" }) }),
  handle: async ({ db, actor, params }) => {
    const { country, steps } = await getCountryOverview(db, actor, params.code);
    return {
      data: {
        ...country,
        stepsDone: steps.filter((step) => step.status === "completed").length,
        stepsApplicable: steps.filter((step) => step.status !== "not_applicable").length,
        steps: steps.map((step) => ({
          id: step.id,
          position: step.position,
          key: step.key,
          ...stepTitleFields(step.title),
          status: step.status,
          statusChangedAt: isoTimestamp(step.statusChangedAt),
          requiresEvidence: step.requiresEvidence,
          subActivities: { total: step.subActivitiesTotal, done: step.subActivitiesDone },
        })),
      },
    };
  },
});
