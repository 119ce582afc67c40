/**
 * A costing's benefit scenarios and packages (decision 1820): added, edited under their own version, withdrawn and
 * (a scenario) restored; a package's financing set and its gap turned into funding needs, both under the costing's
 * version. Each answer carries the record changed and the costing as it now stands, costed.
 */
import { administrativeCostConventions, benefitLevelKinds, costingSexes, financingKinds, indexations, targetGroupKinds } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { addPackage } from "@/lib/costing/data/add-package";
import { addScenario } from "@/lib/costing/data/add-scenario";
import { createNeedsFromPackage } from "@/lib/costing/data/create-needs";
import { editPackage } from "@/lib/costing/data/edit-package";
import { editScenario } from "@/lib/costing/data/edit-scenario";
import { setFinancing } from "@/lib/costing/data/set-financing";
import { withdrawPackage } from "@/lib/costing/data/withdraw-package";
import { restoreScenario, withdrawScenario } from "@/lib/costing/data/withdraw-scenario";
import { maxYearsPerChange } from "@/lib/validation/costing";
import { maxFinancingRows, maxPackageScenarios } from "@/lib/validation/costing-scenarios";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { codeParams } from "./assessment";
import { costingOf, costingPath, costingResponse, costingTags as tags, costingVersion } from "./costing";
import { costingSchema } from "./costing-schemas";

const scenarioPath = `${costingPath}/scenarios/{id}`;
const packagePath = `${costingPath}/packages/{id}`;
const idParams = codeParams.extend({ id: z.uuid() });
const recordVersion = z.int().min(1).meta({ description: "The version of the scenario or package you read: a newer one answers 409 with it as it stands." });

const percentage = (description: string) => z.union([z.string(), z.number()]).meta({ description: `A percentage: 60 or "12.5" (up to four decimals). ${description}` });
const optional = <Schema extends z.ZodType>(schema: Schema) => schema.nullable().optional();

const scenarioFields = {
  name: z.string().min(1).meta({ example: "Child grant 0–4" }),
  recommendationId: optional(z.uuid()).meta({ description: "An endorsed or adopted recommendation of kind `benefit_coverage` of the country's matrix that this scenario costs; null or left out when it stands alone." }),
  targetKind: z.enum(targetGroupKinds),
  ageFrom: optional(z.int().min(0)).meta({ description: "Required for `ages`." }),
  ageTo: optional(z.int().min(0)).meta({ description: "Null or left out for an open group (\"65 and over\")." }),
  sex: optional(z.enum(costingSexes)).meta({ description: "`all` when left out; mothers of newborns are always `all`." }),
  eligibleShare: optional(percentage("0–100, of the group; everyone when left out (e.g. 2 for persons with severe disabilities).")),
  benefitKind: z.enum(benefitLevelKinds),
  benefitAmount: optional(z.string()).meta({ description: "For `monthly_amount`: a month, in base-year prices, in the costing's currency, as exact decimal text." }),
  indexation: optional(z.enum(indexations)).meta({ description: "For `monthly_amount` (`inflation` when left out); a share of a figure follows it, unindexed." }),
  benefitShare: optional(percentage("For a share of the poverty line or of GDP per head: above 0, at most 1000.")),
  takeUpStart: percentage("0–100, in the base year."),
  takeUpTarget: percentage("0–100, from `takeUpYear` on; linear between."),
  takeUpYear: z.int().meta({ description: "A year of the frame." }),
  administrativeConvention: z.enum(administrativeCostConventions),
  administrativeRate: percentage("0 to below 100."),
};

/** JSON's null is a form's blank: the use cases read a field left out. */
function blanksOf<Body extends Record<string, unknown>>(body: Body): Body {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null)) as Body;
}

function changeResponse(id: string) {
  return z
    .object({
      data: z.object({
        id: z.uuid(),
        version: z.int().meta({ description: "Its version now: send it with its next change." }),
        withdrawn: z.boolean(),
        costing: costingSchema,
      }),
    })
    .meta({ id });
}
const scenarioChange = changeResponse("CostingScenarioChange");
const packageChange = changeResponse("CostingPackageChange");

async function changed(db: Database, actor: Actor, { id, countryCode, version }: { id: string; countryCode: string; version: number }, withdrawn: boolean) {
  return { data: { id, version, withdrawn, costing: (await costingOf(db, actor, countryCode)).data } };
}

export const addScenarioEndpoint = defineEndpoint({
  method: "POST",
  path: `${costingPath}/scenarios`,
  operationId: "addCostingScenario",
  summary: "Add a benefit scenario to a country's costing",
  description: "Last in the list. Needs costing.write: the country's working group, or a coordinator; the costing's frame must be set.",
  tags,
  params: codeParams,
  body: z.object(scenarioFields),
  response: scenarioChange,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await addScenario(db, actor, { ...blanksOf(body), countryCode: params.code }), false),
});

export const editScenarioEndpoint = defineEndpoint({
  method: "PATCH",
  path: scenarioPath,
  operationId: "editCostingScenario",
  summary: "Edit a scenario",
  description: "Send every field as it should be and the version you read: a newer one answers 409 with the scenario as it stands (shares as percentages) and who saved it.",
  tags,
  params: idParams,
  body: z.object({ version: recordVersion, ...scenarioFields }),
  response: scenarioChange,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await editScenario(db, actor, { ...blanksOf(body), id: params.id, countryCode: params.code }), false),
});

export const withdrawScenarioEndpoint = defineEndpoint({
  method: "POST",
  path: `${scenarioPath}/withdraw`,
  operationId: "withdrawCostingScenario",
  summary: "Withdraw a scenario, with a reason",
  description: "It leaves the costing and is no longer costed in the packages that hold it; it keeps its history and can be restored into them.",
  tags,
  params: idParams,
  body: z.object({ version: recordVersion, reason: z.string().min(1) }),
  response: scenarioChange,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await withdrawScenario(db, actor, { ...body, id: params.id, countryCode: params.code }), true),
});

export const restoreScenarioEndpoint = defineEndpoint({
  method: "POST",
  path: `${scenarioPath}/restore`,
  operationId: "restoreCostingScenario",
  summary: "Restore a withdrawn scenario",
  description: "It comes back last in the list, and is costed again in its packages. Restoring a live scenario changes nothing.",
  tags,
  params: idParams,
  body: z.object({ version: recordVersion }),
  response: scenarioChange,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await restoreScenario(db, actor, { ...body, id: params.id, countryCode: params.code }), false),
});

const packageFields = {
  name: z.string().min(1).meta({ example: "Low option" }),
  scenarioIds: z.array(z.uuid()).max(maxPackageScenarios).meta({ description: "Live scenarios of the country, each once, in order." }),
};

export const addPackageEndpoint = defineEndpoint({
  method: "POST",
  path: `${costingPath}/packages`,
  operationId: "addCostingPackage",
  summary: "Add a package of scenarios",
  description: "Its scenarios' costs are summed per year. Needs costing.write.",
  tags,
  params: codeParams,
  body: z.object(packageFields),
  response: packageChange,
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await addPackage(db, actor, { ...body, countryCode: params.code }), false),
});

export const editPackageEndpoint = defineEndpoint({
  method: "PATCH",
  path: packagePath,
  operationId: "editCostingPackage",
  summary: "Rename a package or change its scenarios",
  description: "Send the version you read: a newer one answers 409 with the package as it stands. A withdrawn scenario it holds may stay, not be added.",
  tags,
  params: idParams,
  body: z.object({ version: recordVersion, ...packageFields }),
  response: packageChange,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await editPackage(db, actor, { ...body, id: params.id, countryCode: params.code }), false),
});

export const withdrawPackageEndpoint = defineEndpoint({
  method: "POST",
  path: `${packagePath}/withdraw`,
  operationId: "withdrawCostingPackage",
  summary: "Withdraw a package, with a reason",
  description: "It leaves the costing; its financing and the needs made from it stay as they are.",
  tags,
  params: idParams,
  body: z.object({ version: recordVersion, reason: z.string().min(1) }),
  response: packageChange,
  handle: async ({ db, actor, params, body }) => changed(db, actor, await withdrawPackage(db, actor, { ...body, id: params.id, countryCode: params.code }), true),
});

export const setFinancingEndpoint = defineEndpoint({
  method: "PUT",
  path: `${packagePath}/financing`,
  operationId: "setCostingFinancing",
  summary: "Set what finances a package in some years",
  description: `The package's rows of the years sent are replaced; other years stay. A kind once a year; years of the frame; at most ${maxFinancingRows} rows. Names the costing's version, since the gap it closes is the whole costing's: a 409 carries the costing's version and the package's financing now.`,
  tags,
  params: idParams,
  body: z.object({
    version: costingVersion,
    rows: z
      .array(
        z.object({
          year: z.int(),
          kind: z.enum(financingKinds),
          amount: z.string().meta({ description: "In the costing's currency, as exact decimal text; 0 is stored as said.", example: "5000000000" }),
          source: z.string().optional().meta({ description: "A budget line, a law, an agreement." }),
        }),
      )
      .min(1)
      .max(maxFinancingRows),
  }),
  response: costingResponse,
  handle: async ({ db, actor, params, body }) => {
    const { countryCode } = await setFinancing(db, actor, { ...body, packageId: params.id, countryCode: params.code });
    return costingOf(db, actor, countryCode);
  },
});

export const createNeedsFromPackageEndpoint = defineEndpoint({
  method: "POST",
  path: `${packagePath}/needs`,
  operationId: "createNeedsFromPackage",
  summary: "Turn a package's financing gap in chosen years into funding needs",
  description:
    "Each year with a gap becomes a funding need on the country's key step 8 (the uncovered amount, in the costing's currency), linked to the package. A year already turned into a live need, without gap, or whose cost is not known is left out and listed in `skipped`. Needs costing.write and need.write; names the costing's version.",
  tags,
  params: idParams,
  body: z.object({ version: costingVersion, years: z.array(z.int()).min(1).max(maxYearsPerChange) }),
  response: z.object({
    data: z
      .object({
        countryCode: z.string().length(2),
        version: z.int().meta({ description: "The costing's version now (unchanged when every year was left out)." }),
        created: z.array(z.object({ year: z.int(), needId: z.uuid(), estimateAmount: z.string() })),
        skipped: z.array(z.object({ year: z.int(), reason: z.enum(["alreadyNeeded", "noGap", "costUnknown"]), needId: z.uuid().optional().meta({ description: "The live need that already answers the year." }) })),
      })
      .meta({ id: "CostingNeedsFromPackage" }),
  }),
  successStatus: 201,
  idempotent: true,
  handle: ({ db, actor, params, body }) => createNeedsFromPackage(db, actor, { ...body, packageId: params.id, countryCode: params.code }).then((data) => ({ data })),
});
