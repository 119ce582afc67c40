/**
 * Where a country's costing stands: who reads it (and, for its writers, the button that changes that), and its
 * validation: never validated, the draft as validated, or a draft changed since the latest version, with the link
 * that compares them.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import type { CostingView } from "@/lib/costing/data/get-costing";
import type { ServerAction } from "@/lib/forms/action-state";

export async function CostingStanding({ costing, mayWrite, share }: { costing: CostingView; mayWrite: boolean; share: ServerAction }) {
  const [t, format] = await Promise.all([getTranslations("costing"), getFormatter()]);
  const latest = costing.versions[0];
  const base = `/countries/${costing.country.code}/costing`;
  const shared = costing.sharingLevel === "all";
  const frame = costing.frame;
  return (
    <div className="mb-6 space-y-2 text-sm" data-testid="costing-standing">
      {frame ? (
        <p>
          {t("frameLine", { baseYear: String(frame.baseYear), horizonYear: String(frame.horizonYear), currency: frame.currency })}
          {mayWrite ? (
            <>
              {" "}
              <Link href={`${base}/frame`}>{t("changeFrame")}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <SharingBadge level={costing.sharingLevel} />
        <span className="text-slate-700">{shared ? t("sharedWithAll") : t("keptToGroup")}</span>
        {mayWrite && frame ? (
          <ActionButton
            action={share}
            fields={{ countryCode: costing.country.code, version: String(costing.version), sharingLevel: shared ? "country" : "all" }}
            label={shared ? t("keepToGroup") : t("shareWithAll")}
            pendingLabel={t("saving")}
          />
        ) : null}
      </div>
      {latest ? (
        <p className="flex flex-wrap items-center gap-2">
          {costing.changedSinceValidated ? <Badge tone="warning" symbol="✎">{t("draftChanged")}</Badge> : <Badge tone="success" symbol="✓">{t("draftAsValidated")}</Badge>}
          <span>
            {t("latestVersion", {
              number: latest.number,
              date: format.dateTime(new Date(`${latest.validatedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
            })}
          </span>
          <Link href={`${base}/versions/${latest.number}`}>{costing.changedSinceValidated ? t("compareLink", { number: latest.number }) : t("readVersionLink", { number: latest.number })}</Link>
        </p>
      ) : frame ? (
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone="neutral" symbol="○">
            {t("neverValidated")}
          </Badge>
          <span className="text-slate-700">{t("neverValidatedHint")}</span>
        </p>
      ) : null}
    </div>
  );
}
