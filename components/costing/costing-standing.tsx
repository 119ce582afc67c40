/**
 * Where a country's costing stands: its frame, who reads it (and, for its writers, the button that changes that),
 * and its validation: never validated, the draft as validated, or a draft changed since the latest version, with the
 * link that compares them.
 */
import { getTranslations } from "next-intl/server";
import { SharingLine, VersionLine } from "@/components/dialogue/dialogue-standing";
import { Link } from "@/components/ui/link";
import type { CostingView } from "@/lib/costing/data/get-costing";
import type { ServerAction } from "@/lib/forms/action-state";

export async function CostingStanding({ costing, mayWrite, share }: { costing: CostingView; mayWrite: boolean; share: ServerAction }) {
  const t = await getTranslations("costing");
  const latest = costing.versions[0];
  const base = `/countries/${costing.country.code}/costing`;
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
      <SharingLine
        level={costing.sharingLevel}
        share={mayWrite && frame ? { action: share, countryCode: costing.country.code, version: costing.version } : null}
        texts={{ sharedWithAll: t("sharedWithAll"), keptToGroup: t("keptToGroup"), shareWithAll: t("shareWithAll"), keepToGroup: t("keepToGroup"), saving: t("saving") }}
      />
      <VersionLine
        latest={latest && { number: latest.number, on: latest.validatedOn }}
        changed={costing.changedSinceValidated}
        href={(number) => `${base}/versions/${number}`}
        neverShown={frame !== null}
        texts={{
          changed: t("draftChanged"),
          asFrozen: t("draftAsValidated"),
          latest: (number, date) => t("latestVersion", { number, date }),
          compare: (number) => t("compareLink", { number }),
          read: (number) => t("readVersionLink", { number }),
          never: t("neverValidated"),
          neverHint: t("neverValidatedHint"),
        }}
      />
    </div>
  );
}
