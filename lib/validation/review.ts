/** What reviewers and working groups type about progress under review, and what people choose about notifications and follows. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { notificationDeliveries, notificationKinds, reviewSubjects } from "@/db/schema/values";
import { versionSchema } from "./common";

const recordId = textSchema(100);
const subject = { subjectType: z.enum(reviewSubjects), subjectId: recordId };

export const reviewCommentSchema = z.object({
  ...subject,
  body: textSchema(5000, 1),
});
export type ReviewCommentInput = z.input<typeof reviewCommentSchema>;

export const reviewDecisions = ["changes_requested", "validated"] as const;

/** A decision names the version of the item the reviewer saw: a decision on something changed since is refused. */
export const reviewDecisionSchema = z
  .object({
    ...subject,
    version: versionSchema,
    decision: z.enum(reviewDecisions),
    reason: z._default(textSchema(5000), ""),
  })
  .check(
    z.superRefine((input, context) => {
      if (input.decision === "changes_requested" && input.reason === "") {
        context.addIssue({ code: "custom", path: ["reason"], message: "review.reasonRequired" });
      }
    }),
  );
export type ReviewDecisionInput = z.input<typeof reviewDecisionSchema>;

export const notificationPreferenceSchema = z.object({
  kind: z.enum(notificationKinds),
  delivery: z.enum(notificationDeliveries),
});

/** One notice, one day's digest, or (both blank) everything. */
export const markNotificationsReadSchema = z.object({
  notificationId: z._default(recordId, ""),
  day: z._default(z.union([z.literal(""), z.iso.date()]), ""),
});

export const followCountrySchema = z.object({
  countryCode: z.string().check(z.trim(), z.length(2)),
  following: z.pipe(z.enum(["true", "false"]), z.transform((value: "true" | "false") => value === "true")),
});
