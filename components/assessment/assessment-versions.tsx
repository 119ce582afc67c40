/** The endorsed versions of a matrix, newest first: each with its dialogue's date and milestone, and a link to read and compare it. */
import { getTranslations } from "next-intl/server";
import { DialogueVersions } from "@/components/dialogue/dialogue-versions";
import type { AssessmentVersionSummary } from "@/lib/assessment/matrix/get-matrix";

export async function AssessmentVersions({ countryCode, versions }: { countryCode: string; versions: AssessmentVersionSummary[] }) {
  const t = await getTranslations("assessment");
  return (
    <DialogueVersions
      id="assessment-versions"
      countryCode={countryCode}
      versions={versions.map((version) => ({ ...version, on: version.endorsedOn, byName: version.endorsedByName }))}
      href={(number) => `/countries/${countryCode}/assessment/versions/${number}`}
      texts={{
        heading: t("versionsHeading"),
        none: t("noVersion"),
        name: (number) => t("versionName", { number }),
        on: (date) => t("endorsedOn", { date }),
        by: (name) => t("recordedBy", { name }),
      }}
    />
  );
}
