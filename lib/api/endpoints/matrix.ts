/** The cross-country matrix and what changed between two dates: the same reads as the matrix page. */
import { regions, reviewStates, spfiStatuses, stepStatuses } from "@/db/schema/values";
import { progressActions } from "@/lib/activity/change-entries";
import { getProgressMatrix } from "@/lib/matrix/get-progress-matrix";
import { listMatrixChanges } from "@/lib/matrix/list-matrix-changes";
import { matrixChangesQuerySchema, matrixQuerySchema } from "@/lib/validation/matrix";
import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { isoTimestamp, localizedTextResponse, timestamp } from "../schemas";

const cell = z
  .object({
    key: z.string().meta({ description: "The framework step's key." }),
    countryStepId: z.uuid(),
    status: z.enum(stepStatuses),
    reviewState: z.enum(reviewStates).nullable().meta({ description: "Null when never reviewed, and in a matrix as of a past day." }),
    lastUpdate: timestamp.nullable().meta({ description: "The latest status change, milestone or support entry of the step." }),
    milestones: z.int(),
    supportEntries: z.int(),
    behindPlan: z.boolean().meta({ description: "Still open after its planned end (the plan as it stands today)." }),
  })
  .meta({ id: "MatrixCell" });

const matrix = z
  .object({
    asOf: z.iso.date().nullable(),
    steps: z.array(z.object({ key: z.string(), position: z.int(), title: localizedTextResponse })),
    countries: z.array(
      z.object({
        code: z.string().length(2),
        name: localizedTextResponse,
        region: z.enum(regions),
        spfiStatus: z.enum(spfiStatuses),
        lastUpdate: timestamp.nullable(),
        cells: z.array(cell.nullable()).meta({ description: "One per step, in the order of `steps`; null where the country's framework lacks the step." }),
      }),
    ),
  })
  .meta({ id: "ProgressMatrix" });

export const getMatrixEndpoint = defineEndpoint({
  method: "GET",
  path: "/matrix",
  operationId: "getMatrix",
  summary: "The progress matrix: countries × key steps",
  description:
    "Every country the filters keep, with each framework key step's status, review state, last update and counts of milestones and " +
    "support entries. `status` keeps countries with a step in that status (the step named by `step`, or any); `agency` (an acronym) " +
    "countries that agency supports; `stale` countries without an update for that many days; `behindPlan` countries with a step still open after its planned end; `asOf` rebuilds the matrix as it stood " +
    "at the end of that day (UTC) from the history.",
  tags: ["Progress"],
  query: matrixQuerySchema,
  response: z.object({ data: matrix }),
  handle: async ({ db, actor, query }) => {
    const result = await getProgressMatrix(db, actor, query);
    return {
      data: {
        asOf: result.query.asOf ?? null,
        steps: result.steps,
        countries: result.countries.map((country) => ({
          ...country,
          lastUpdate: isoTimestamp(country.lastUpdate),
          cells: country.cells.map((one) => (one ? { ...one, lastUpdate: isoTimestamp(one.lastUpdate) } : null)),
        })),
      },
    };
  },
});

const change = z
  .object({
    at: timestamp,
    action: z.enum(progressActions),
    countryCode: z.string().length(2),
    actorName: z.string().nullable(),
    stepTitle: z.union([localizedTextResponse, z.string()]).nullable(),
    subject: z.string().nullable().meta({ description: "The milestone's or support entry's title, or the need's description." }),
    statusFrom: z.string().nullable(),
    statusTo: z.string().nullable(),
    decision: z.string().nullable(),
    link: z.string().meta({ description: "The page of the changed record, inside Socle." }),
  })
  .meta({ id: "ProgressChange" });

export const listMatrixChangesEndpoint = defineEndpoint({
  method: "GET",
  path: "/matrix/changes",
  operationId: "listMatrixChanges",
  summary: "What changed between two dates",
  description: "Status changes, milestones, review decisions and support between `from` and `to` (both included, UTC days), newest first, at most 500.",
  tags: ["Progress"],
  query: matrixChangesQuerySchema,
  response: z.object({ data: z.array(change), truncated: z.boolean() }),
  handle: async ({ db, actor, query }) => {
    const { entries, truncated } = await listMatrixChanges(db, actor, query);
    return { data: entries.map(({ id: _id, countryName: _name, ...entry }) => ({ ...entry, at: entry.at.toISOString() })), truncated };
  },
});
