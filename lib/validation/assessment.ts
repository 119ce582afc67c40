/**
 * What people type about a country's assessment matrix (key steps 4 and 5); shared by the forms, the JSON API and
 * lib/. Rules across fields say what is wrong with `assessmentRules.*` keys.
 */
import * as z from "zod/mini";
import {
  assessmentSections,
  guarantees,
  recommendationKinds,
  recommendationPriorities,
  sharingLevels,
} from "@/db/schema/values";
import { checkboxList, versionSchema } from "./common";
import { countryCodeSchema } from "./countries";
import { isoDateSchema, optionalField, textField } from "./support";
import { textSchema } from "./text";

const uuidSchema = z.uuid({ message: "validation.invalid" });

/** The most recommendations one endorsement names: far more than any matrix holds, bounded before any work. */
export const endorsementLimit = 500;

type RecommendationFields = { section: (typeof assessmentSections)[number]; recommendationKind?: string; priority?: string };

/** A recommendation needs its kind and priority; other items have neither (what was sent for them is dropped). */
function checkRecommendation<Fields extends RecommendationFields>(item: Fields, context: { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void }) {
  if (item.section !== "recommendation") return;
  if (!item.recommendationKind) context.addIssue({ code: "custom", path: ["recommendationKind"], message: "assessmentRules.kindRequired" });
  if (!item.priority) context.addIssue({ code: "custom", path: ["priority"], message: "assessmentRules.priorityRequired" });
}

const itemText = {
  statement: textSchema(2000, 1),
  details: textField(5000),
  recommendationKind: optionalField(z.enum(recommendationKinds)),
  priority: optionalField(z.enum(recommendationPriorities)),
};

export const addAssessmentItemSchema = z
  .object({ countryCode: countryCodeSchema, guarantee: z.enum(guarantees), section: z.enum(assessmentSections), ...itemText })
  .check(z.superRefine((item, context) => checkRecommendation(item, context)));
export type AddAssessmentItemInput = z.input<typeof addAssessmentItemSchema>;
export type AddAssessmentItemValues = z.output<typeof addAssessmentItemSchema>;

/** The item's text as it should be, and the version the edit started from; its block and section stay. */
export const editAssessmentItemSchema = z.object({ id: uuidSchema, version: versionSchema, ...itemText });
export type EditAssessmentItemInput = z.input<typeof editAssessmentItemSchema>;
export type EditAssessmentItemValues = z.output<typeof editAssessmentItemSchema>;

export const moveAssessmentItemSchema = z.object({ id: uuidSchema, version: versionSchema, direction: z.enum(["up", "down"]) });
export type MoveAssessmentItemInput = z.input<typeof moveAssessmentItemSchema>;

export const withdrawAssessmentItemSchema = z.object({ id: uuidSchema, version: versionSchema, reason: textSchema(1000, 1) });
export type WithdrawAssessmentItemInput = z.input<typeof withdrawAssessmentItemSchema>;

export const restoreAssessmentItemSchema = z.object({ id: uuidSchema, version: versionSchema });
export type RestoreAssessmentItemInput = z.input<typeof restoreAssessmentItemSchema>;

/**
 * What is decided about a recommendation after its dialogue: adopted (once endorsed), dropped (with a reason), or
 * reopened (back to endorsed, or proposed if it never was).
 */
export const recommendationDecisions = ["adopted", "dropped", "reopened"] as const;

export const decideRecommendationSchema = z
  .object({
    id: uuidSchema,
    version: versionSchema,
    status: z.enum(recommendationDecisions),
    decidedOn: optionalField(isoDateSchema),
    reason: textField(2000),
  })
  .check(
    z.superRefine((decision, context) => {
      if (decision.status !== "reopened" && !decision.decidedOn) context.addIssue({ code: "custom", path: ["decidedOn"], message: "assessmentRules.decidedOnRequired" });
      if (decision.status === "dropped" && !decision.reason) context.addIssue({ code: "custom", path: ["reason"], message: "assessmentRules.dropReasonRequired" });
    }),
  );
export type DecideRecommendationInput = z.input<typeof decideRecommendationSchema>;

/**
 * The matrix's version its endorser or sharer saw: 0 before its first item (as `getAssessmentMatrix` gives it), so
 * that such a matrix is refused as empty rather than on a hidden field.
 */
const matrixVersionSchema = z.coerce.number().check(z.int(), z.gte(0));

/**
 * Endorsing the matrix at a national dialogue: the milestone that records it (with evidence), the matrix version
 * the endorser saw, and the proposed recommendations the dialogue endorsed (possibly none).
 */
export const endorseAssessmentSchema = z.object({
  countryCode: countryCodeSchema,
  version: matrixVersionSchema,
  milestoneId: uuidSchema,
  recommendationIds: checkboxList(uuidSchema, endorsementLimit),
});
export type EndorseAssessmentInput = z.input<typeof endorseAssessmentSchema>;

export const shareAssessmentSchema = z.object({ countryCode: countryCodeSchema, version: matrixVersionSchema, sharingLevel: z.enum(sharingLevels) });
export type ShareAssessmentInput = z.input<typeof shareAssessmentSchema>;
