/**
 * The IATI import's part of the matrix e2e/api-authorization.spec.ts walks: an import read and applied, for the
 * scope's agency and another's, and at an unknown id (the forged apply of another agency's import is refused, its
 * import left as it was). Each case's `arrange` uploads a fresh file for the agency as the set-up's coordinator and
 * waits until its dry run is done, so that an allowed apply has something to write and the fingerprint is stable.
 */
import { randomUUID } from "node:crypto";
import type { Case, Made, Where } from "./api-permission-cases";
import { unique } from "./forged-forms";

/** Uploads an IATI file for an agency as the set-up's coordinator and answers the import's id once it is ready. */
export type IatiUpload = (agencyId: string, xml: string) => Promise<string>;

/** One activity of the agency, about social protection, in the country: new on every upload (its identifier is unique). */
export function iatiFileOf(iatiRef: string, countryCode: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03"><iati-activity default-currency="USD" xml:lang="en">
  <iati-identifier>${iatiRef}-${randomUUID()}</iati-identifier>
  <reporting-org ref="${iatiRef}" type="40"><narrative>Agency</narrative></reporting-org>
  <title><narrative>${unique("IATI probe")}</narrative></title>
  <activity-status code="2"/><activity-date type="2" iso-date="2025-01-15"/>
  <recipient-country code="${countryCode}" percentage="100"/>
  <sector vocabulary="1" code="16010" percentage="100"/>
  <transaction><transaction-type code="2"/><transaction-date iso-date="2025-02-01"/><value currency="USD" value-date="2025-02-01">1000</value></transaction>
</iati-activity></iati-activities>`;
}

const iatiRefs: Record<string, string> = { WFP: "XM-DAC-41140", FAO: "XM-DAC-41301" };

export function iatiImportCases(where: Where, scope: { countryCode: string; agencyAcronym: string }, made: Made & { iatiUpload?: IatiUpload }): Case[] {
  const agencyId = made.agencyIds.get(scope.agencyAcronym)!;
  const target = where === "forged" ? null : { agencyId };
  let importId: string = randomUUID();
  const arrange =
    where === "forged"
      ? undefined
      : async () => {
          importId = await made.iatiUpload!(agencyId, iatiFileOf(iatiRefs[scope.agencyAcronym]!, scope.countryCode));
        };
  return [
    { name: "GET /iati-imports/{id}", action: "support.importIati", where, target, arrange, call: () => ({ method: "GET", url: `/iati-imports/${importId}` }) },
    { name: "POST /iati-imports/{id}/apply", action: "support.importIati", where, target, arrange, call: () => ({ method: "POST", url: `/iati-imports/${importId}/apply` }) },
  ];
}
