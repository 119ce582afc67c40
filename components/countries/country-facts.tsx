/** A country's facts at the top of its pages: region, SPF-I status and framework version, then any page-specific ones. */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { regions, spfiStatuses } from "@/db/schema/values";
import { SpfiStatusBadge } from "./status-badges";

export async function CountryFacts({
  country,
  children,
}: {
  country: { region: (typeof regions)[number]; spfiStatus: (typeof spfiStatuses)[number]; frameworkVersion: number };
  children?: ReactNode;
}) {
  const [tCountries, tRegions, tCountry] = await Promise.all([getTranslations("countries"), getTranslations("regions"), getTranslations("country")]);
  return (
    <dl className="mb-6 flex flex-wrap gap-x-8 gap-y-2 text-sm">
      <div>
        <dt className="text-slate-500">{tCountries("region")}</dt>
        <dd>{tRegions(country.region)}</dd>
      </div>
      <div>
        <dt className="text-slate-500">{tCountries("spfiStatus")}</dt>
        <dd>
          <SpfiStatusBadge status={country.spfiStatus} />
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">{tCountry("framework")}</dt>
        <dd>{tCountry("frameworkVersion", { number: country.frameworkVersion })}</dd>
      </div>
      {children}
    </dl>
  );
}
