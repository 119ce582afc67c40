/**
 * A country's costing as a whole (key step 6): read, its frame, each year's figures, its population (from CSV or
 * typed for a year), who reads it, its validation at a national dialogue and a validated version compared with the
 * draft, through the same lib/ functions as the pages. Each change names the costing's version its author read.
 */
import { sharingLevels } from "@/db/schema/values";
import type { Database } from "@/db/engine";
import type { Actor } from "@/lib/actor";
import { getCosting } from "@/lib/costing/data/get-costing";
import { getCostingVersion } from "@/lib/costing/data/get-version";
import { importPopulation } from "@/lib/costing/data/import-population";
import { setCostingFrame } from "@/lib/costing/data/set-frame";
import { setPopulation } from "@/lib/costing/data/set-population";
import { setYearFigures } from "@/lib/costing/data/set-year-figures";
import { shareCosting } from "@/lib/costing/data/share";
import { validateCosting } from "@/lib/costing/data/validate";
import { populationCsvLimits } from "@/lib/costing/population-csv";
import { maxPopulationGroups, maxYearsPerChange } from "@/lib/validation/costing";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { maxJsonBodyBytes } from "../handle-api-request";
import { codeParams } from "./assessment";
import { costingOut, costingSchema, costingVersionOut, costingVersionSchema } from "./costing-schemas";

export const costingTags = ["Costing"];
const tags = costingTags;
export const costingPath = "/countries/{code}/costing";

/** The costing's version a change names; a newer one answers 409 with `current.version`. */
export const costingVersion = z.int().min(1).meta({ description: "The costing's version you read: a newer one answers 409 with the version it is at now." });
export const costingResponse = z.object({ data: costingSchema });

export async function costingOf(db: Database, actor: Actor, code: string) {
  return { data: costingOut(await getCosting(db, actor, code)) };
}

async function versionOf(db: Database, actor: Actor, code: string, number: number) {
  return { data: costingVersionOut(await getCostingVersion(db, actor, code, number)) };
}

export const getCostingEndpoint = defineEndpoint({
  method: "GET",
  path: costingPath,
  operationId: "getCosting",
  summary: "Read a country's costing",
  description:
    "The frame, every year's figures with their sources and population in brief, the live scenarios and packages costed per year (with each package's financing gap), the validated versions and whether the draft changed since the latest. A costing kept to its country reads as `readable: false`, with nothing in it, to outsiders.",
  tags,
  params: codeParams,
  response: costingResponse,
  handle: ({ db, actor, params }) => costingOf(db, actor, params.code),
});

export const getCostingVersionEndpoint = defineEndpoint({
  method: "GET",
  path: `${costingPath}/versions/{number}`,
  operationId: "getCostingVersion",
  summary: "Read a validated version of a costing, compared with the draft",
  description: "A version of a costing kept to its country answers 404 to outsiders, as one that does not exist.",
  tags,
  params: codeParams.extend({ number: z.coerce.number().int().min(1).max(999_999) }),
  response: z.object({ data: costingVersionSchema }),
  handle: ({ db, actor, params }) => versionOf(db, actor, params.code, params.number),
});

const source = z.string().optional().meta({ description: "Where the figure comes from; up to 500 characters." });
const amount = z.string().nullable().optional().meta({ description: "An exact decimal amount as text, above 0; null, blank or left out when not known.", example: "1250000000000" });

export const setCostingFrameEndpoint = defineEndpoint({
  method: "PUT",
  path: `${costingPath}/frame`,
  operationId: "setCostingFrame",
  summary: "Set a costing's frame: base year, horizon, currency",
  description:
    "The first frame (`version` 0) starts the country's costing. Years outside a new frame stay stored, out of the model until the frame takes them in again. Needs costing.write: the country's working group, or a coordinator.",
  tags,
  params: codeParams,
  body: z.object({
    version: z.int().min(0).meta({ description: "0 before the costing exists; then the costing's version you read." }),
    baseYear: z.int().meta({ example: 2025 }),
    horizonYear: z.int().meta({ description: "The base year or one of the 15 after it.", example: 2035 }),
    currency: z.string().meta({ description: "ISO 4217.", example: "MZN" }),
    populationSource: source,
  }),
  response: costingResponse,
  handle: async ({ db, actor, params, body }) => {
    const { countryCode } = await setCostingFrame(db, actor, { ...body, countryCode: params.code });
    return costingOf(db, actor, countryCode);
  },
});

export const setYearFiguresEndpoint = defineEndpoint({
  method: "PUT",
  path: `${costingPath}/years`,
  operationId: "setYearFigures",
  summary: "Set the macroeconomic figures of some years",
  description: `Each year sent is set in full: a figure left out or null is not known (the model says so). Years not sent stay as they are. Years of the frame only; at most ${maxYearsPerChange} a request.`,
  tags,
  params: codeParams,
  body: z.object({
    version: costingVersion,
    years: z
      .array(
        z.object({
          year: z.int(),
          gdp: amount.meta({ description: "Nominal GDP, national currency." }),
          gdpSource: source,
          governmentExpenditure: amount.meta({ description: "General government expenditure, national currency." }),
          governmentExpenditureSource: source,
          inflation: z
            .union([z.string(), z.number()])
            .nullable()
            .optional()
            .meta({ description: "Consumer price inflation as a percentage: 3.5 or \"3.5\" for 3.5 % (above −100, at most 1000)." }),
          inflationSource: source,
          povertyLine: amount.meta({ description: "Per person per year, national currency." }),
          povertyLineSource: source,
        }),
      )
      .min(1)
      .max(maxYearsPerChange),
  }),
  response: costingResponse,
  handle: async ({ db, actor, params, body }) => {
    const { countryCode } = await setYearFigures(db, actor, { ...body, countryCode: params.code });
    return costingOf(db, actor, countryCode);
  },
});

export const importPopulationEndpoint = defineEndpoint({
  method: "POST",
  path: `${costingPath}/population`,
  operationId: "importPopulation",
  summary: "Import population figures from CSV text",
  description:
    "Columns `year,sex,age,population` (as UN World Population Prospects lays them out): sex `female` or `male`, age a single age, a group (\"15-19\") or an open top group (\"80+\"). " +
    `Every year the text holds replaces the stored figures of that year; other years stay. At most ${populationCsvLimits.maxRows} rows, and within the API's ${maxJsonBodyBytes / 1024 / 1024} MB body. ` +
    "A text with any problem changes nothing: 422 with each problem under `fields` (`file`, or `lines.<line>.<column>`).",
  tags,
  params: codeParams,
  body: z.object({ version: costingVersion, text: z.string().meta({ example: "year,sex,age,population\n2025,female,0-4,2400000\n" }) }),
  response: z.object({
    data: costingSchema,
    imported: z.object({ years: z.array(z.int()).meta({ description: "The years replaced." }), rows: z.int(), ignoredLines: z.int().meta({ description: "Blank lines skipped." }) }),
  }),
  handle: async ({ db, actor, params, body }) => {
    const { countryCode, years, rows, ignoredLines } = await importPopulation(db, actor, { ...body, countryCode: params.code });
    return { ...(await costingOf(db, actor, countryCode)), imported: { years, rows, ignoredLines } };
  },
});

const persons = z.string().meta({ description: "A number of persons, as text.", example: "1200000" });

export const setPopulationEndpoint = defineEndpoint({
  method: "PUT",
  path: `${costingPath}/population/{year}`,
  operationId: "setPopulation",
  summary: "Set one year's population by age group",
  description: `The groups replace the year's figures (an empty list clears it); groups may not share an age. A year of the frame; at most ${maxPopulationGroups} groups.`,
  tags,
  params: codeParams.extend({ year: z.coerce.number().int().min(1000).max(9999) }),
  body: z.object({
    version: costingVersion,
    groups: z
      .array(z.object({ ageFrom: z.int().min(0), ageTo: z.int().min(0).nullable().optional().meta({ description: "Null or left out for the open top group (\"80+\")." }), female: persons, male: persons }))
      .max(maxPopulationGroups),
  }),
  response: costingResponse,
  handle: async ({ db, actor, params, body }) => {
    const { countryCode } = await setPopulation(db, actor, { ...body, year: params.year, countryCode: params.code });
    return costingOf(db, actor, countryCode);
  },
});

export const shareCostingEndpoint = defineEndpoint({
  method: "PUT",
  path: `${costingPath}/sharing`,
  operationId: "shareCosting",
  summary: "Say who reads a country's costing",
  description: "Its inputs, scenarios, packages and validated versions follow the costing's one level. Needs costing.write.",
  tags,
  params: codeParams,
  body: z.object({ version: costingVersion, sharingLevel: z.enum(sharingLevels) }),
  response: costingResponse,
  handle: async ({ db, actor, params, body }) => {
    const { countryCode } = await shareCosting(db, actor, { ...body, countryCode: params.code });
    return costingOf(db, actor, countryCode);
  },
});

export const validateCostingEndpoint = defineEndpoint({
  method: "POST",
  path: `${costingPath}/validations`,
  operationId: "validateCosting",
  summary: "Validate a country's costing at a national dialogue",
  description:
    "Freezes the costing as you read it (`version`), computed rows included, as the next validated version. `milestoneId` names the country's milestone that records the dialogue, with evidence; the costing needs one live scenario at least. Needs costing.write.",
  tags,
  params: codeParams,
  body: z.object({ version: costingVersion, milestoneId: z.uuid() }),
  response: z.object({ data: costingVersionSchema }),
  successStatus: 201,
  idempotent: true,
  handle: async ({ db, actor, params, body }) => {
    const { countryCode, number } = await validateCosting(db, actor, { ...body, countryCode: params.code });
    return versionOf(db, actor, countryCode, number);
  },
});
