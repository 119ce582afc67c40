/** The validated versions of a costing, newest first: each with its dialogue's date and milestone, and a link to read and compare it. */
import { getTranslations } from "next-intl/server";
import { DialogueVersions } from "@/components/dialogue/dialogue-versions";
import type { CostingVersionSummary } from "@/lib/costing/data/get-costing";

export async function CostingVersions({ countryCode, versions }: { countryCode: string; versions: CostingVersionSummary[] }) {
  const t = await getTranslations("costing");
  return (
    <DialogueVersions
      id="costing-versions"
      countryCode={countryCode}
      versions={versions.map((version) => ({ ...version, on: version.validatedOn, byName: version.validatedByName }))}
      href={(number) => `/countries/${countryCode}/costing/versions/${number}`}
      texts={{
        heading: t("versionsHeading"),
        none: t("noVersion"),
        name: (number) => t("versionName", { number }),
        on: (date) => t("validatedOn", { date }),
        by: (name) => t("recordedBy", { name }),
      }}
    />
  );
}
