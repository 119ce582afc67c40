/** What reviewers and working groups type about progress under review, and what people choose about notifications and follows. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { notificationDeliveries, notificationKinds, reviewSubjects } from "@/db/schema/values";
import { checkboxList, versionSchema } from "./common";
import { countryCodeSchema } from "./countries";

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

/** More country codes than ISO 3166 has (249): a list longer than this is no choice of countries. */
export const maxFollowedCountries = 300;

/** The countries a person follows in their activity feed: every one ticked (none ticked: none followed). */
export const followedCountriesSchema = z.object({
  countryCodes: z.pipe(checkboxList(countryCodeSchema, maxFollowedCountries), z.transform((codes: string[]) => [...new Set(codes)])),
});
