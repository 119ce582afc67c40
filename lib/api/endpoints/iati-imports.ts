/**
 * An agency's IATI activity file imported through the API (issue 21), by the same lib/ functions as the pages: the
 * file sent as the body (`application/xml`), its dry run read after the answer, the import read (state, progress,
 * report) until it is ready, then applied; and the past imports listed. Needs support.importIati.
 */
import { z } from "zod";
import { applyIatiImport } from "@/lib/iati/import/apply-iati-import";
import { iatiImportLimits } from "@/lib/iati/import/limits";
import { getIatiImport, type IatiImportSummary, listIatiImports } from "@/lib/iati/import/read-iati-imports";
import { activityAnswers, comparedFields, entryAnswers } from "@/lib/iati/import/report";
import { runIatiDryRun } from "@/lib/iati/import/run-iati-dry-run";
import { startIatiImport } from "@/lib/iati/import/start-iati-import";
import { pageQueryShape } from "@/lib/paging";
import { iatiImportStates } from "@/db/schema/values";
import { defineEndpoint } from "../endpoint";

const tags = ["IATI imports"];
const idParams = z.object({ id: z.uuid() });

const summarySchema = z.object({
  id: z.uuid(),
  state: z.enum(iatiImportStates).meta({ description: "reading (the dry run is under way), ready (to apply), failed (see `failure`), applied." }),
  agencyId: z.uuid(),
  agencyAcronym: z.string(),
  fileName: z.string(),
  declaredVersion: z.string().nullable(),
  byteSize: z.int(),
  bytesRead: z.int().meta({ description: "How much of the file the dry run has read: progress while `reading`." }),
  activityCount: z.int(),
  sectorCodes: z.array(z.string()).nullable().meta({ description: "The adviser's sectors, in place of social protection's; null for social protection." }),
  failure: z.string().nullable().meta({ description: "Why the file could not be read: a message key (`iatiImport.reasons.file.*`) with its place in the file in query form (`?line=3&column=7`)." }),
  createdAt: z.iso.datetime(),
  createdByName: z.string(),
  appliedAt: z.iso.datetime().nullable(),
});

const problemSchema = z.object({ path: z.string(), reason: z.string(), detail: z.string() });
const entrySchema = z.object({
  countryCode: z.string(),
  answer: z.enum(entryAnswers),
  entryId: z.uuid().nullable(),
  changes: z.array(z.object({ field: z.enum([...comparedFields, "withdrawn", "reference"]), socle: z.string().nullable(), file: z.string().nullable() })),
  newTransactions: z.int(),
  lockedBy: z.string().nullable().meta({ description: "The round whose accepted report locks a new transaction's date." }),
});
const reportSchema = z.object({
  counts: z.record(z.enum(activityAnswers), z.int()),
  entryCounts: z.record(z.enum(entryAnswers), z.int()),
  fingerprint: z.string(),
  unknownCountries: z.array(z.string()).meta({ description: "Countries skipped activities name that Socle does not hold: a coordinator may add them." }),
  activities: z.array(
    z.object({
      line: z.int(),
      identifier: z.string().nullable(),
      title: z.string().nullable(),
      answer: z.enum(activityAnswers),
      skip: z.object({ reason: z.string(), detail: z.string() }).nullable(),
      entries: z.array(entrySchema),
      problems: z.array(problemSchema),
      problemCount: z.int(),
    }),
  ),
});
const importSchema = summarySchema.extend({ report: reportSchema.nullable().meta({ description: "The dry run, once `ready` (and as applied)." }) });

const summaryOut = (row: IatiImportSummary) => ({ ...row, createdAt: row.createdAt.toISOString(), appliedAt: row.appliedAt?.toISOString() ?? null });

export const uploadIatiImportEndpoint = defineEndpoint({
  method: "POST",
  path: "/iati-imports",
  operationId: "uploadIatiImport",
  summary: "Upload an agency's IATI activity file",
  description:
    "Needs support.importIati: an adviser for their agency, a coordinator naming `agencyId`. Answers at once with the import in state `reading`; " +
    "its dry run reads the file after the answer: read the import until its state is `ready` (or `failed`), then apply it.",
  tags,
  query: z.object({
    agencyId: z.uuid().optional().meta({ description: "The agency whose activities are kept (required of a coordinator)." }),
    sectorCodes: z.string().max(400).optional().meta({ description: "DAC sector codes separated by commas, in place of social protection's.", example: "16010, 15160" }),
    fileName: z.string().max(200).optional().meta({ description: "The file's name, as the import list shows it." }),
  }),
  upload: { mediaTypes: ["application/xml", "text/xml"], maxBytes: iatiImportLimits.maxBytes, description: "The IATI activity file (2.01, 2.02 or 2.03) as published." },
  response: z.object({ data: importSchema }),
  successStatus: 201,
  handle: async ({ db, actor, query, upload, runAfterResponse }) => {
    const { id } = await startIatiImport(db, actor, { agencyId: query.agencyId, sectorCodes: query.sectorCodes }, { fileName: query.fileName ?? "iati-activities.xml", bytes: upload! });
    runAfterResponse(() => runIatiDryRun(db, id));
    const created = await getIatiImport(db, actor, id);
    return { data: { ...summaryOut(created), report: created.report } };
  },
});

export const getIatiImportEndpoint = defineEndpoint({
  method: "GET",
  path: "/iati-imports/{id}",
  operationId: "getIatiImport",
  summary: "Read an IATI import: its state, progress and dry run",
  description: "A coordinator reads every import, an adviser their agency's (404 otherwise).",
  tags,
  params: idParams,
  response: z.object({ data: importSchema }),
  handle: async ({ db, actor, params }) => {
    const found = await getIatiImport(db, actor, params.id);
    return { data: { ...summaryOut(found), report: found.report } };
  },
});

export const applyIatiImportEndpoint = defineEndpoint({
  method: "POST",
  path: "/iati-imports/{id}/apply",
  operationId: "applyIatiImport",
  summary: "Apply an IATI import's dry run",
  description:
    "All or nothing: new entries written and entries to update changed, with their transactions; conflicts, locked and skipped activities left. " +
    "409 when the import is not ready, was applied already, or Socle's data changed since the dry run (the new answers are then its report).",
  tags,
  params: idParams,
  response: z.object({ data: importSchema }),
  handle: async ({ db, actor, params }) => {
    await applyIatiImport(db, actor, { importId: params.id });
    const applied = await getIatiImport(db, actor, params.id);
    return { data: { ...summaryOut(applied), report: applied.report } };
  },
});

export const listIatiImportsEndpoint = defineEndpoint({
  method: "GET",
  path: "/iati-imports",
  operationId: "listIatiImports",
  summary: "List past IATI imports",
  description: "Newest first; a coordinator's are every agency's, an adviser's their agency's.",
  tags,
  query: z.object(pageQueryShape),
  response: z.object({ data: z.array(summarySchema), nextCursor: z.string().nullable() }),
  handle: async ({ db, actor, query }) => {
    const page = await listIatiImports(db, actor, query);
    return { data: page.data.map(summaryOut), nextCursor: page.nextCursor };
  },
});
