/**
 * What a coordinator submits to publish a new version of the key-step framework: the steps in their new order,
 * each with its texts in four languages, its evidence rule and its sub-activities. Rows left blank (the spare row
 * for a new step or sub-activity) are dropped; a key left blank is made from the English title.
 */
import * as z from "zod/mini";
import { localizedTextSchema, optionalText, versionSchema } from "./common";

const keyPattern = /^[a-z][a-z0-9_]{0,59}$/;
const keySchema = z.string().check(z.trim(), z.regex(keyPattern, "framework.keyFormat"));
const checkbox = z.pipe(z.optional(z.string()), z.transform((value: string | undefined) => value === "on" || value === "true"));

/** A key from an English title: "Fiscal space analysis" → "fiscal_space_analysis". */
export function keyFromTitle(title: string): string {
  const key = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60);
  return /^[a-z]/.test(key) ? key : `step_${key}`.slice(0, 60);
}

const blankRow = (row: unknown) => {
  if (typeof row !== "object" || row === null) return false;
  const { key, title } = row as { key?: unknown; title?: { en?: unknown } };
  return (typeof key !== "string" || key.trim() === "") && (typeof title?.en !== "string" || title.en.trim() === "");
};

/** Drops the spare rows nobody filled, and names a new row from its English title when its key is blank. */
const filledRows = z.transform((rows: unknown) =>
  (Array.isArray(rows) ? rows : rows && typeof rows === "object" ? Object.values(rows) : [])
    .filter((row) => !blankRow(row))
    .map((row: { key?: string; title?: { en?: string } }) =>
      row.key?.trim() ? row : { ...row, key: keyFromTitle(row.title?.en ?? "") },
    ),
);

const subActivitySchema = z.object({ key: keySchema, title: localizedTextSchema(300), remove: checkbox });

const stepSchema = z.object({
  key: keySchema,
  position: z.coerce.number().check(z.int(), z.gte(1), z.lte(999)),
  title: localizedTextSchema(200),
  description: localizedTextSchema(2000),
  requiresEvidence: checkbox,
  remove: checkbox,
  subActivities: z.pipe(filledRows, z.array(subActivitySchema)),
});

export const frameworkProposalSchema = z
  .object({
    /** The version number the edit started from: publishing over a newer one is a conflict. */
    basedOn: versionSchema,
    notes: optionalText(500),
    steps: z.pipe(filledRows, z.array(stepSchema)),
  })
  .check(
    z.superRefine((proposal, context) => {
      const kept = proposal.steps.filter((step) => !step.remove);
      if (kept.length === 0) context.addIssue({ code: "custom", path: ["steps"], message: "framework.noSteps" });
      const seen = new Set<string>();
      proposal.steps.forEach((step, index) => {
        if (seen.has(step.key)) context.addIssue({ code: "custom", path: ["steps", index, "key"], message: "framework.keyTaken" });
        seen.add(step.key);
        const subKeys = new Set<string>();
        step.subActivities.forEach((subActivity, subIndex) => {
          if (subKeys.has(subActivity.key)) {
            context.addIssue({ code: "custom", path: ["steps", index, "subActivities", subIndex, "key"], message: "framework.keyTaken" });
          }
          subKeys.add(subActivity.key);
        });
      });
    }),
  );
export type FrameworkProposalInput = z.input<typeof frameworkProposalSchema>;
export type FrameworkProposal = z.output<typeof frameworkProposalSchema>;

export const moveCountriesSchema = z.object({
  versionNumber: versionSchema,
  /** One country's code, or "all". */
  countries: z.string().check(z.trim(), z.regex(/^([A-Za-z]{2}|all)$/)),
});
