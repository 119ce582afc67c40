/** What coordinators type about an agency: its names, kind and IATI organisation identifier and type. */
import * as z from "zod/mini";
import { textSchema, legalText } from "./text";
import { agencyKinds } from "@/db/schema/values";
import { blankAsNull, localizedTextSchema, versionSchema } from "./common";

import { iatiOrganisationTypes } from "./form-constants";

export { iatiOrganisationTypes };

/** "{registration agency}-{identifier}" such as XM-DAC-41302; IATI forbids spaces, /, &, | and ? in it. */
export const iatiOrganisationIdentifier = /^[A-Z]{2}-[A-Z0-9]+-[^\s/&|?]+$/;

export const agencyFieldsSchema = z.object({
  acronym: textSchema(30, 1),
  shortName: localizedTextSchema(30),
  name: localizedTextSchema(200),
  kind: z.enum(agencyKinds),
  iatiRef: blankAsNull(z.string().check(z.trim(), z.maxLength(100), z.regex(iatiOrganisationIdentifier, "validation.iatiRef"), legalText)),
  iatiOrgType: blankAsNull(z.enum(iatiOrganisationTypes)),
});
export type AgencyInput = z.input<typeof agencyFieldsSchema>;

export const editAgencySchema = z.extend(agencyFieldsSchema, { id: z.uuid(), version: versionSchema });
export type EditAgencyInput = z.input<typeof editAgencySchema>;
