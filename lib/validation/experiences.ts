/** What a working group or an adviser types in an experience write-up; shared by the forms and lib/. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { locales, sharingLevels } from "@/db/schema/values";
import { versionSchema } from "./common";
import { optionalField, textField } from "./support";

import { contactRowsPerForm } from "./form-constants";

export { contactRowsPerForm };

const contactRow = z
  .object({ name: textField(200), organisation: textField(200), email: textField(320) })
  .check(
    z.superRefine((row, context) => {
      if (row.name === "" && (row.organisation !== "" || row.email !== "")) {
        context.addIssue({ code: "custom", path: ["name"], message: "validation.required" });
      }
      if (row.email !== "" && !z.email().safeParse(row.email).success) {
        context.addIssue({ code: "custom", path: ["email"], message: "validation.email" });
      }
    }),
  );

const contacts = z.pipe(
  z._default(z.array(contactRow).check(z.maxLength(contactRowsPerForm)), []),
  z.transform((rows: { name: string; organisation: string; email: string }[]) => rows.filter((row) => row.name !== "")),
);

const consent = z._default(z.pipe(z.unknown(), z.transform((value) => value === "on" || value === "true" || value === true)), false);

const textShape = {
  language: z.enum(locales),
  title: textSchema(200, 1),
  context: textField(5000),
  whatWasDone: textSchema(5000, 1),
  whatWorked: textField(5000),
  whatToChange: textField(5000),
  contacts,
  /** The writer confirms that everyone named agreed to be named. */
  contactsConsent: consent,
};

const consentGiven = z.superRefine((input: { contacts: unknown[]; contactsConsent: boolean }, context) => {
  if (input.contacts.length > 0 && !input.contactsConsent) {
    context.addIssue({ code: "custom", path: ["contactsConsent"], message: "experiences.consentRequired" });
  }
});

export const writeExperienceSchema = z
  .object({
    countryCode: textSchema(2),
    stepKey: textSchema(100, 1),
    /** An adviser writes for their agency; blank when the working group writes. */
    agencyId: optionalField(z.uuid()),
    ...textShape,
  })
  .check(consentGiven);
export type WriteExperienceInput = z.input<typeof writeExperienceSchema>;

/** Edits one language's text (adding the language when it is new) and the contacts. */
export const editExperienceSchema = z.object({ experienceId: z.uuid(), version: versionSchema, ...textShape }).check(consentGiven);
export type EditExperienceInput = z.input<typeof editExperienceSchema>;

export const featureExperienceSchema = z.object({
  experienceId: z.uuid(),
  featured: z.pipe(z.enum(["true", "false"]), z.transform((value: "true" | "false") => value === "true")),
});

/** Publishes a draft to its audience, or changes the audience of a published write-up. */
export const publishExperienceSchema = z.object({ experienceId: z.uuid(), version: versionSchema, sharingLevel: z.enum(sharingLevels) });
export type PublishExperienceInput = z.input<typeof publishExperienceSchema>;

export const withdrawExperienceSchema = z.object({ experienceId: z.uuid() });
