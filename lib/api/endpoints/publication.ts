/**
 * A country's public page over /api/v1 (decision 2200): its publication and what the quality check finds now, and the
 * switch, through the same lib/ functions as the coordinator's page. The public pages themselves need no API: they
 * are read by anyone at /public/<language>/countries/XX.
 */
import { z } from "zod";
import * as zm from "zod/mini";
import { changeCountryPublication, getCountryPublication } from "@/lib/publication/publish-country";
import type { QualityWarning } from "@/lib/publication/quality-check";
import { countryCodeSchema } from "@/lib/validation/countries";
import { defineEndpoint } from "../endpoint";

const warning = z
  .looseObject({ kind: z.enum(["completedStepWithoutEvidence", "notUpdatedForAYear", "figureWithoutSource", "nothingShared"]) })
  .meta({ id: "QualityWarning", description: "What would look wrong on the public page; its other fields name the step, the indicator and period, or the last change." });

const publication = z
  .object({
    countryCode: z.string().length(2),
    published: z.boolean(),
    publishedAt: z.iso.datetime().nullable(),
    version: z.int().meta({ description: "0 before the first publication. Send it back with a change: a stale version is refused with 409." }),
    publishedOver: z.array(warning).meta({ description: "The warnings it was last published over (recorded)." }),
    check: z.array(warning).meta({ description: "What the quality check finds now." }),
  })
  .meta({ id: "CountryPublication" });

const params = z.object({ code: countryCodeSchema.check(zm.meta({ description: "ISO 3166-1 alpha-2, either case", example: "BJ" })) });

type Loaded = Awaited<ReturnType<typeof getCountryPublication>>;
const publicationOut = ({ publication: state, check }: Loaded) => ({
  countryCode: state.countryCode,
  published: state.published,
  publishedAt: state.publishedAt?.toISOString() ?? null,
  version: state.version,
  publishedOver: state.warnings as (QualityWarning & Record<string, unknown>)[],
  check: check as (QualityWarning & Record<string, unknown>)[],
});

export const getCountryPublicationEndpoint = defineEndpoint({
  method: "GET",
  path: "/countries/{code}/publication",
  operationId: "getCountryPublication",
  summary: "Read whether a country's public page is published, and what the quality check finds",
  description: "Needs country.publish (coordinators).",
  tags: ["Countries"],
  params,
  response: z.object({ data: publication }),
  handle: async ({ db, actor, params: { code } }) => ({ data: publicationOut(await getCountryPublication(db, actor, code)) }),
});

export const changeCountryPublicationEndpoint = defineEndpoint({
  method: "PUT",
  path: "/countries/{code}/publication",
  operationId: "changeCountryPublication",
  summary: "Publish a country's public page, or take it down",
  description:
    "Needs country.publish (coordinators). Publishing while the quality check lists warnings needs publishAnyway: true (422 otherwise); the warnings are recorded. Send the version you read: a newer one answers 409.",
  tags: ["Countries"],
  params,
  body: z.object({ published: z.boolean(), version: z.int().min(0), publishAnyway: z.boolean().optional() }),
  response: z.object({ data: publication }),
  handle: async ({ db, actor, params: { code }, body }) => {
    await changeCountryPublication(db, actor, { ...body, country: code });
    return { data: publicationOut(await getCountryPublication(db, actor, code)) };
  },
});
