/** What a followed indicator measures: its country's key steps, schemes and recommendations, each a link. */
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { Locale } from "@/lib/i18n/locales";
import { titleText } from "@/lib/i18n/localized";
import type { CountryIndicatorView } from "@/lib/results/read-country-indicators";

export async function IndicatorLinks({ countryCode, links }: { countryCode: string; links: CountryIndicatorView["links"] }) {
  const [t, locale] = await Promise.all([getTranslations("countryResults.follow"), getLocale()]);
  const groups = [
    { key: "steps", label: t("steps"), items: links.steps.map((step) => ({ id: step.id, href: `/countries/${countryCode}/steps/${step.id}`, text: titleText(step.title, locale as Locale) })) },
    { key: "schemes", label: t("schemes"), items: links.schemes.map((scheme) => ({ id: scheme.id, href: `/countries/${countryCode}/schemes/${scheme.id}`, text: scheme.name })) },
    {
      key: "recommendations",
      label: t("recommendations"),
      items: links.recommendations.map((item) => ({ id: item.id, href: `/countries/${countryCode}/assessment/items/${item.id}`, text: item.statement })),
    },
  ].filter((group) => group.items.length > 0);
  return (
    <section aria-labelledby="indicator-links" className="space-y-2">
      <h2 id="indicator-links" className="text-lg font-semibold">
        {t("measures")}
      </h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">{t("measuresNone")}</p>
      ) : (
        <dl className="space-y-2 text-sm">
          {groups.map((group) => (
            <div key={group.key}>
              <dt className="text-slate-500">{group.label}</dt>
              {group.items.map((item) => (
                <dd key={item.id}>
                  <Link href={item.href}>{item.text}</Link>
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
