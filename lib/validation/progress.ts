/**
 * What working groups type about their progress: milestones, evidence, step status, checklists and national
 * steps. Shared by the forms (checked as the user types) and lib/ (checked again on the server).
 */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { hasIllegalCharacters } from "./text-characters";
import { sharingLevels } from "@/db/schema/values";
import { blankAsNull, idempotencyKeySchema, keptEntries, webAddressSchema as webAddress } from "./common";
import { withValues } from "./zod";

export { maxEvidenceFileBytes, maxEvidenceFileMegabytes, maxFilesPerUpload, uploadRequestLimitMegabytes } from "./upload-limits";
import { maxEvidenceFileBytes, maxEvidenceFileMegabytes, maxFilesPerUpload } from "./upload-limits";

import { linkRowsPerForm } from "./form-constants";

export { linkRowsPerForm };

const title = textSchema(200, 1);
const longText = (maximum: number) => z._default(textSchema(maximum), "");
const recordId = textSchema(100);
const versionNumber = z.coerce.number().check(z.int(), z.gte(1));

/**
 * Today's date where the day has begun earliest on Earth (UTC+14), so that nobody anywhere is told that
 * today is in the future, whatever their time zone.
 */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

export const pastDate = z
  .pipe(z.string().check(z.trim(), z.minLength(1)), z.iso.date())
  .check(z.refine((value) => value <= latestToday(), { message: "progress.futureDate" }));

/** A link row: both parts empty means the row was left unused. */
const linkRow = z
  .object({ url: longText(2000), title: longText(200) })
  .check(
    z.superRefine((row, context) => {
    if (row.url === "") {
      if (row.title !== "") context.addIssue({ code: "custom", path: ["url"], message: "validation.required" });
      return;
    }
    if (!webAddress.safeParse(row.url).success) {
      context.addIssue({ code: "custom", path: ["url"], message: "validation.url" });
    }
    }),
  );

const links = z.pipe(
  z._default(z.array(linkRow).check(z.maxLength(linkRowsPerForm * 4)), []),
  z.transform((rows: { url: string; title: string }[]) =>
    rows.filter((row) => row.url !== "").map((row) => ({ url: row.url, title: row.title || row.url })),
  ),
);

/** An uploaded file as both the browser (File from a FileList) and the server (File from FormData) hold it. */
export type UploadedFile = { name: string; size: number; type: string; arrayBuffer: () => Promise<ArrayBuffer> };

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && "size" in value && "name" in value && "arrayBuffer" in value;
}

function isEmptyPart(value: unknown): boolean {
  if (typeof value !== "object" || value === null || !("size" in value) || value.size !== 0) return false;
  return !("name" in value) || value.name === "" || value.name === undefined || value.name === "undefined";
}

/** A file input gives a FileList in the browser, and one File, several, or an empty part on the server. */
function toFileArray(value: unknown): unknown[] {
  if (value === undefined || value === null || value === "") return [];
  const items: ArrayLike<unknown> =
    Array.isArray(value) ? value : typeof value === "object" && "length" in value && "item" in value ? (value as ArrayLike<unknown>) : [value];
  // A file input left empty still sends a part with no bytes and no name: a nameless Blob through a server
  // action call, or a file named "undefined" when the optimistic milestone form passes it as an argument.
  return keptEntries(items, maxFilesPerUpload, isEmptyPart);
}

/** Uploaded files (evidence, and library resources): at most five, each within the size limit. */
export const uploadedFilesSchema = z.pipe(
  z.transform(toFileArray),
  z.array(z.custom<UploadedFile>(isUploadedFile, { message: "evidence.notAFile" })).check(
    z.maxLength(maxFilesPerUpload),
    // A file's name is text that enters too: the same rule as every field.
    z.refine((list) => list.every((file) => !hasIllegalCharacters(String(file.name))), { message: "validation.controlCharacters" }),
    z.superRefine((list, context) => {
      const tooLarge = list.find((file) => file.size > maxEvidenceFileBytes);
      if (tooLarge) {
        context.addIssue({
          code: "custom",
          message: withValues("evidence.fileTooLarge", { name: tooLarge.name, maximum: maxEvidenceFileMegabytes }),
        });
      }
    }),
  ),
);

/** Who may see a milestone or an evidence item: "country" (its working group and coordinators, the default) or "all". */
export const sharingLevelSchema = z._default(z.enum(sharingLevels), "country");

export const milestoneStatusChanges = ["", "in_progress", "completed"] as const;

export const logMilestoneSchema = z
  .object({
    countryStepId: recordId,
    /** The country of the page the form is on; a step of another country is refused. */
    countryCode: z.optional(textSchema(2)),
    title,
    occurredOn: pastDate,
    description: longText(5000),
    sharingLevel: sharingLevelSchema,
    /** The sharing level of the evidence added with the milestone; each item can be changed afterwards. */
    evidenceSharingLevel: sharingLevelSchema,
    /** Optional: the step's status moves with the milestone. */
    statusChange: z._default(z.enum(milestoneStatusChanges), ""),
    signOffNote: longText(1000),
    /** The version of the step the user saw; needed when the milestone changes the step's status. */
    stepVersion: z.optional(z.union([versionNumber, z.pipe(z.literal(""), z.transform(() => undefined))])),
    links,
    files: uploadedFilesSchema,
    idempotencyKey: idempotencyKeySchema,
    /** Optional: the milestone planned ahead that this one makes actual (decision 2000). */
    plannedMilestoneId: z.optional(blankAsNull(z.uuid({ message: "validation.invalid" }))),
  })
  .check(
    z.superRefine((input, context) => {
      if (input.statusChange === "completed" && input.signOffNote === "") {
        context.addIssue({ code: "custom", path: ["signOffNote"], message: "progress.signOffNoteRequired" });
      }
      if (input.statusChange !== "" && input.stepVersion === undefined) {
        context.addIssue({ code: "custom", path: ["stepVersion"], message: "validation.required" });
      }
    }),
  );
export type LogMilestoneInput = z.input<typeof logMilestoneSchema>;
export type LogMilestoneValues = z.output<typeof logMilestoneSchema>;

export const editMilestoneSchema = z.object({
  milestoneId: recordId,
  version: versionNumber,
  title,
  occurredOn: pastDate,
  description: longText(5000),
  /** Left out (as by older clients), the milestone keeps its sharing level. */
  sharingLevel: z.optional(z.enum(sharingLevels)),
});
export type EditMilestoneInput = z.input<typeof editMilestoneSchema>;

export const milestoneRefSchema = z.object({ milestoneId: recordId });

export const addEvidenceSchema = z
  .object({ milestoneId: recordId, sharingLevel: sharingLevelSchema, links, files: uploadedFilesSchema })
  .check(z.refine((input) => input.links.length + input.files.length > 0, { path: ["files"], message: "evidence.nothingToAdd" }));
export type AddEvidenceInput = z.input<typeof addEvidenceSchema>;

export const removeEvidenceSchema = z.object({ evidenceId: recordId });

export const changeEvidenceSharingSchema = z.object({ evidenceId: recordId, sharingLevel: z.enum(sharingLevels) });

/** Where a step's status can go: started, completed with a sign-off note, not applicable or reopened with a reason. */
export const stepStatusChanges = ["in_progress", "completed", "not_applicable", "reopened"] as const;
export type StepStatusChange = (typeof stepStatusChanges)[number];

export const changeStepStatusSchema = z
  .object({
    countryStepId: recordId,
    version: versionNumber,
    to: z.enum(stepStatusChanges),
    /** The sign-off note when completing; the reason when marking not applicable or reopening. */
    note: longText(1000),
  })
  .check(
    z.superRefine((input, context) => {
      if (input.to !== "in_progress" && input.note === "") {
        const message = input.to === "completed" ? "progress.signOffNoteRequired" : "progress.reasonRequired";
        context.addIssue({ code: "custom", path: ["note"], message });
      }
    }),
  );
export type ChangeStepStatusInput = z.input<typeof changeStepStatusSchema>;

export const markSubActivitySchema = z.object({
  countryStepId: recordId,
  subActivityId: recordId,
  done: z.pipe(z.enum(["true", "false"]), z.transform((value: "true" | "false") => value === "true")),
});

export const addNationalStepSchema = z.object({
  countryCode: textSchema(2),
  /** The step the new one comes after; empty puts it first. */
  afterStepId: z._default(recordId, ""),
  title,
  description: longText(2000),
});
export type AddNationalStepInput = z.input<typeof addNationalStepSchema>;

export const editNationalStepSchema = z.object({
  countryStepId: recordId,
  version: versionNumber,
  title,
  description: longText(2000),
});
export type EditNationalStepInput = z.input<typeof editNationalStepSchema>;
