/**
 * Where a country's matrix stands: who reads it (and, for its writers, the button that changes that), and its
 * endorsement: never endorsed, the draft as endorsed, or a draft changed since the latest version, with the link
 * that compares them.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import type { AssessmentMatrixView } from "@/lib/assessment/matrix/get-matrix";
import type { ServerAction } from "@/lib/forms/action-state";

export async function AssessmentStanding({ matrix, mayWrite, share }: { matrix: AssessmentMatrixView; mayWrite: boolean; share: ServerAction }) {
  const [t, format] = await Promise.all([getTranslations("assessment"), getFormatter()]);
  const latest = matrix.versions[0];
  const base = `/countries/${matrix.country.code}/assessment`;
  const shared = matrix.sharingLevel === "all";
  return (
    <div className="mb-6 space-y-2 text-sm" data-testid="assessment-standing">
      <div className="flex flex-wrap items-center gap-2">
        <SharingBadge level={matrix.sharingLevel} />
        <span className="text-slate-700">{shared ? t("sharedWithAll") : t("keptToGroup")}</span>
        {mayWrite && matrix.itemCount > 0 ? (
          <ActionButton
            action={share}
            fields={{ countryCode: matrix.country.code, version: String(matrix.version), sharingLevel: shared ? "country" : "all" }}
            label={shared ? t("keepToGroup") : t("shareWithAll")}
            pendingLabel={t("saving")}
          />
        ) : null}
      </div>
      {latest ? (
        <p className="flex flex-wrap items-center gap-2">
          {matrix.changedSinceEndorsed ? <Badge tone="warning" symbol="✎">{t("draftChanged")}</Badge> : <Badge tone="success" symbol="✓">{t("draftAsEndorsed")}</Badge>}
          <span>
            {t("latestVersion", {
              number: latest.number,
              date: format.dateTime(new Date(`${latest.endorsedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
            })}
          </span>
          <Link href={`${base}/versions/${latest.number}`}>{matrix.changedSinceEndorsed ? t("compareLink", { number: latest.number }) : t("readVersionLink", { number: latest.number })}</Link>
        </p>
      ) : matrix.itemCount > 0 ? (
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="neutral" symbol="○">
            {t("neverEndorsed")}
          </Badge>
          <span className="text-slate-700">{t("neverEndorsedHint")}</span>
        </p>
      ) : null}
    </div>
  );
}
