/** The endorsed versions of a matrix, newest first: each with its dialogue's date and milestone, and a link to read and compare it. */
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AssessmentVersionSummary } from "@/lib/assessment/matrix/get-matrix";

export async function AssessmentVersions({ countryCode, versions }: { countryCode: string; versions: AssessmentVersionSummary[] }) {
  const [t, format] = await Promise.all([getTranslations("assessment"), getFormatter()]);
  return (
    <section aria-labelledby="assessment-versions" className="mt-8">
      <h2 id="assessment-versions" className="mb-3 text-lg font-semibold">
        {t("versionsHeading")}
      </h2>
      {versions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noVersion")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {versions.map((version) => (
            <li key={version.id}>
              <Link href={`/countries/${countryCode}/assessment/versions/${version.number}`}>{t("versionName", { number: version.number })}</Link>
              {" · "}
              {t("endorsedOn", { date: format.dateTime(new Date(`${version.endorsedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}
              {version.milestone ? (
                <>
                  {" · "}
                  <Link href={`/countries/${countryCode}/milestones/${version.milestone.id}`}>{version.milestone.title}</Link>
                </>
              ) : null}
              {version.endorsedByName ? <span className="text-slate-600"> · {t("recordedBy", { name: version.endorsedByName })}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
