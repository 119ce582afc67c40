/**
 * Where a country's matrix stands: who reads it (and, for its writers, the button that changes that), and its
 * endorsement: never endorsed, the draft as endorsed, or a draft changed since the latest version, with the link
 * that compares them.
 */
import { getTranslations } from "next-intl/server";
import { SharingLine, VersionLine } from "@/components/dialogue/dialogue-standing";
import type { AssessmentMatrixView } from "@/lib/assessment/matrix/get-matrix";
import type { ServerAction } from "@/lib/forms/action-state";

export async function AssessmentStanding({ matrix, mayWrite, share }: { matrix: AssessmentMatrixView; mayWrite: boolean; share: ServerAction }) {
  const t = await getTranslations("assessment");
  const latest = matrix.versions[0];
  const base = `/countries/${matrix.country.code}/assessment`;
  return (
    <div className="mb-6 space-y-2 text-sm" data-testid="assessment-standing">
      <SharingLine
        level={matrix.sharingLevel}
        share={mayWrite && matrix.itemCount > 0 ? { action: share, countryCode: matrix.country.code, version: matrix.version } : null}
        texts={{ sharedWithAll: t("sharedWithAll"), keptToGroup: t("keptToGroup"), shareWithAll: t("shareWithAll"), keepToGroup: t("keepToGroup"), saving: t("saving") }}
      />
      <VersionLine
        latest={latest && { number: latest.number, on: latest.endorsedOn }}
        changed={matrix.changedSinceEndorsed}
        href={(number) => `${base}/versions/${number}`}
        neverShown={matrix.itemCount > 0}
        texts={{
          changed: t("draftChanged"),
          asFrozen: t("draftAsEndorsed"),
          latest: (number, date) => t("latestVersion", { number, date }),
          compare: (number) => t("compareLink", { number }),
          read: (number) => t("readVersionLink", { number }),
          never: t("neverEndorsed"),
          neverHint: t("neverEndorsedHint"),
        }}
      />
    </div>
  );
}
