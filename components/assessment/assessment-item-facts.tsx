/** What an item of the matrix says, and for a recommendation what it is, how urgent, and where it stands: its dialogue and its decision. */
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AssessmentItemDetails } from "@/lib/assessment/matrix/get-item";

export async function AssessmentItemFacts({ item }: { item: AssessmentItemDetails }) {
  const [t, format] = await Promise.all([getTranslations("assessment"), getFormatter()]);
  const date = (value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const matrix = `/countries/${item.countryCode}/assessment`;
  return (
    <dl className="ui-card grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-700">{t("facts.details")}</dt>
      <dd className="break-words whitespace-pre-line">{item.details || <span className="text-slate-600">{t("facts.noDetails")}</span>}</dd>
      {item.section === "recommendation" ? (
        <>
          <dt className="font-medium text-slate-700">{t("facts.kind")}</dt>
          <dd>{item.recommendationKind ? t(`recommendationKind.${item.recommendationKind}`) : "—"}</dd>
          <dt className="font-medium text-slate-700">{t("facts.priority")}</dt>
          <dd>{item.priority ? t(`priority.${item.priority}`) : "—"}</dd>
          <dt className="font-medium text-slate-700">{t("facts.status")}</dt>
          <dd>{item.status ? t(`status.${item.status}`) : "—"}</dd>
          {item.endorsedOn ? (
            <>
              <dt className="font-medium text-slate-700">{t("facts.endorsed")}</dt>
              <dd>
                {date(item.endorsedOn)}
                {item.endorsementMilestone ? (
                  <>
                    {" · "}
                    <Link href={`/countries/${item.countryCode}/milestones/${item.endorsementMilestone.id}`}>{item.endorsementMilestone.title}</Link>
                  </>
                ) : null}
                {item.endorsedInVersion ? (
                  <>
                    {" · "}
                    <Link href={`${matrix}/versions/${item.endorsedInVersion}`}>{t("versionName", { number: item.endorsedInVersion })}</Link>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {item.decidedOn && (item.status === "adopted" || item.status === "dropped") ? (
            <>
              <dt className="font-medium text-slate-700">{item.status === "adopted" ? t("facts.adopted") : t("facts.dropped")}</dt>
              <dd className="break-words whitespace-pre-line">
                {date(item.decidedOn)}
                {item.decisionReason ? ` · ${item.decisionReason}` : ""}
              </dd>
            </>
          ) : null}
        </>
      ) : null}
    </dl>
  );
}
