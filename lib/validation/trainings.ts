/** What people type about a training their working group attended; shared by the forms and lib/. */
import * as z from "zod/mini";
import { textSchema } from "./text";
import { countField, versionSchema } from "./common";
import { isoDateSchema, optionalField, textField } from "./support";

import { participantRowsPerForm } from "./form-constants";

export { participantRowsPerForm };
/** More than any one course takes; catches a typo of an extra digit. */
export const maxParticipantsPerRow = 500;

const participantRow = z
  .object({
    organisation: textField(200),
    women: countField(maxParticipantsPerRow),
    men: countField(maxParticipantsPerRow),
    unstated: countField(maxParticipantsPerRow),
  })
  .check(
    z.superRefine((row, context) => {
      const total = row.women + row.men + row.unstated;
      if (row.organisation === "" && total > 0) context.addIssue({ code: "custom", path: ["organisation"], message: "validation.required" });
      if (row.organisation !== "" && total === 0) context.addIssue({ code: "custom", path: ["women"], message: "trainings.countRequired" });
    }),
  );

const participants = z.pipe(
  z._default(z.array(participantRow).check(z.maxLength(participantRowsPerForm * 5)), []),
  z.transform((rows: { organisation: string; women: number; men: number; unstated: number }[]) => rows.filter((row) => row.organisation !== "")),
);

const trainingShape = {
  course: textSchema(200, 1),
  /** One of the known institutions, or blank with another institution's name typed. */
  institutionId: optionalField(z.uuid()),
  otherInstitution: textField(200),
  startDate: isoDateSchema,
  endDate: optionalField(isoDateSchema),
  fundingAgencyId: optionalField(z.uuid()),
  supportEntryId: optionalField(z.uuid()),
  participantNames: textField(5000),
  participants,
};

const trainingRules = z.superRefine(
  (input: { institutionId?: string; otherInstitution: string; startDate: string; endDate?: string; participants: unknown[] }, context) => {
    if (!input.institutionId && input.otherInstitution === "") {
      context.addIssue({ code: "custom", path: ["institutionId"], message: "trainings.institutionRequired" });
    }
    if (input.endDate && input.endDate < input.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: "validation.endBeforeStart" });
    if (input.participants.length === 0) context.addIssue({ code: "custom", path: ["participants"], message: "trainings.participantsRequired" });
  },
);

export const recordTrainingSchema = z.object({ countryCode: textSchema(2), ...trainingShape }).check(trainingRules);
export type RecordTrainingInput = z.input<typeof recordTrainingSchema>;

export const editTrainingSchema = z.object({ id: z.uuid(), version: versionSchema, ...trainingShape }).check(trainingRules);
export type EditTrainingInput = z.input<typeof editTrainingSchema>;
export type EditTrainingValues = z.output<typeof editTrainingSchema>;

export const withdrawTrainingSchema = z.object({ id: z.uuid() });
