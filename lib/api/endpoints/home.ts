/** The caller's home: what needs them, one section per role they hold, the same read as the page at /. */
import { countryReportStatuses, needKinds, priorities, roles, stepStatuses, technicalCategories } from "@/db/schema/values";
import { getHome } from "@/lib/home/get-home";
import { homeItemKinds, homeSubjects } from "@/lib/home/item-kinds";
import { normalizeAmount } from "@/lib/support/money";
import { stepTitleFields } from "@/lib/progress/step-title";
import { homeQuerySchema } from "@/lib/validation/home";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { isoTimestamp, localizedTextResponse, timestamp } from "../schemas";

const item = z
  .object({
    subject: z.enum(homeSubjects).meta({ description: "What the item is; `id` is its id (a country's code for a country)." }),
    id: z.string(),
    countryCode: z.string().length(2).nullable().meta({ description: "Null for a reporting round, which is no one country's." }),
    countryName: localizedTextResponse.nullable(),
    stepTitle: localizedTextResponse.nullable().meta({ description: "The framework step's title; null for a national step (see `nationalStepTitle`) or no step." }),
    nationalStepTitle: z.string().nullable(),
    title: z.string().nullable().meta({ description: "A milestone's or support entry's title, a need's description, or a reporting round's name." }),
    stepStatus: z.enum(stepStatuses).nullable(),
    needKind: z.enum(needKinds).nullable(),
    technicalCategory: z.enum(technicalCategories).nullable(),
    priority: z.enum(priorities).nullable(),
    amount: z.string().nullable().meta({ description: "A financial entry's amount, an exact decimal as text." }),
    currency: z.string().length(3).nullable(),
    dueOn: z.iso.date().nullable().meta({ description: "A country report's or reporting round's due date." }),
    reportStatus: z.enum([...countryReportStatuses, "not_started"]).nullable().meta({ description: "Where a country's report for a round stands; `not_started` until its working group first saves it." }),
    reportCounts: z
      .object({ expected: z.int(), accepted: z.int(), submitted: z.int(), outstanding: z.int() })
      .nullable()
      .meta({ description: "A reporting round's reports: how many it asks for, accepted, submitted and waiting for a reviewer, and still to send." }),
    since: timestamp.nullable().meta({ description: "Since when the item waits; null for a country where nothing ever happened." }),
    link: z.string().meta({ description: "The page inside Socle where the item is acted on." }),
  })
  .meta({ id: "HomeItem" });

const section = z
  .object({
    role: z.enum(roles),
    countries: z.array(z.object({ code: z.string().length(2), name: localizedTextResponse })).meta({
      description: "A working group's countries; for an adviser, the countries their agency supports. Empty for reviewers and coordinators, whose sections cover every country.",
    }),
    agencies: z.array(z.object({ id: z.uuid(), acronym: z.string(), shortName: localizedTextResponse })),
    lists: z.array(
      z.object({
        kind: z.enum(homeItemKinds),
        count: z.int().meta({ description: "How many items there are in all; `items` holds the first `limit` (or all, up to 100, for the kind named by `more`)." }),
        items: z.array(item),
      }),
    ),
  })
  .meta({ id: "HomeSection" });

export const getHomeEndpoint = defineEndpoint({
  method: "GET",
  path: "/home",
  operationId: "getHome",
  summary: "What needs the caller, by role",
  description:
    "One section per role the caller holds, in the order working group, adviser, reviewer, coordinator; each holds lists of items in " +
    "the order to act on them, each list the first `limit` (default 5) with the count of all. A working group's lists cover its " +
    "countries, an adviser's their agency, reviewers' and coordinators' every country; milestones kept to a country's working group " +
    "appear only to it and to coordinators. Refused (403) to a person who holds no role.",
  tags: ["Home"],
  query: homeQuerySchema,
  response: z.object({ data: z.object({ sections: z.array(section) }) }),
  handle: async ({ db, actor, query }) => {
    const home = await getHome(db, actor, query);
    return {
      data: {
        sections: home.sections.map(({ scope: _scope, ...rest }) => ({
          ...rest,
          lists: rest.lists.map((list) => ({
            ...list,
            items: list.items.map(({ stepTitle, since, amount, ...fields }) => {
              const titled = stepTitle === null ? { title: null, nationalTitle: null } : stepTitleFields(stepTitle);
              return { ...fields, stepTitle: titled.title, nationalStepTitle: titled.nationalTitle, amount: amount === null ? null : normalizeAmount(amount), since: isoTimestamp(since) };
            }),
          })),
        })),
      },
    };
  },
});
