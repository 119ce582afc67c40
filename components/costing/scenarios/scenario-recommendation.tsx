/**
 * The recommendation of the assessment matrix a scenario costs, linked to its page: or that it stands alone, or
 * that the reader cannot read the one it costs. A recommendation dropped or withdrawn since stays linked, and is said
 * to be so (decision 1820).
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { CostedRecommendation } from "@/lib/costing/data/get-scenario";

export async function ScenarioRecommendation({ countryCode, linkedId, recommendation }: { countryCode: string; linkedId: string | null; recommendation: CostedRecommendation | null }) {
  const [t, tAssessment] = await Promise.all([getTranslations("costingScenarios.recommendation"), getTranslations("assessment")]);
  const costable = recommendation && !recommendation.withdrawn && (recommendation.status === "endorsed" || recommendation.status === "adopted");
  return (
    <section aria-labelledby="scenario-recommendation" className="mt-8 max-w-3xl space-y-2 text-sm">
      <h2 id="scenario-recommendation" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {linkedId === null ? <p className="text-slate-600">{t("standsAlone")}</p> : null}
      {linkedId !== null && recommendation === null ? <p className="text-slate-600">{t("hidden")}</p> : null}
      {recommendation ? (
        <>
          <p>
            <Link href={`/countries/${countryCode}/assessment/items/${recommendation.id}`} className="break-words">
              {recommendation.statement}
            </Link>
            {recommendation.status ? <span className="text-slate-600">{` · ${tAssessment(`status.${recommendation.status}`)}`}</span> : null}
          </p>
          {recommendation.withdrawn ? <p className="text-amber-900">{t("withdrawn")}</p> : null}
          {!recommendation.withdrawn && !costable ? <p className="text-amber-900">{t("noLongerEndorsed")}</p> : null}
        </>
      ) : null}
    </section>
  );
}
