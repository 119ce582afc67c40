/**
 * What the draft changed since an endorsed version, item by item: added, changed (each field before and after) and
 * removed, each named with its guarantee and section. Says so when nothing changed.
 */
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { ContentComparison, FrozenItem } from "@/lib/assessment/matrix/content";

export async function VersionComparison({ comparison, countryCode, number }: { comparison: ContentComparison; countryCode: string; number: number }) {
  const [t, tSchemes] = await Promise.all([getTranslations("assessment"), getTranslations("schemes")]);
  const where = (item: FrozenItem) => `${tSchemes(`guarantee.${item.guarantee}`)} · ${t(`sectionOne.${item.section}`)}`;
  const value = (item: FrozenItem, field: ContentComparison["changed"][number]["fields"][number]) => {
    const raw = item[field];
    if (raw === null || raw === "") return t("compare.blank");
    if (field === "status") return t(`status.${item.status!}`);
    if (field === "priority") return t(`priority.${item.priority!}`);
    if (field === "recommendationKind") return t(`recommendationKindShort.${item.recommendationKind!}`);
    return String(raw);
  };
  const itemLink = (item: FrozenItem, text: string) => <Link href={`/countries/${countryCode}/assessment/items/${item.id}`}>{text}</Link>;
  const none = comparison.added.length + comparison.changed.length + comparison.removed.length === 0;
  return (
    <section aria-labelledby="since-version" className="ui-card mb-6" data-testid="version-comparison">
      <h2 id="since-version" className="mb-2 text-lg font-semibold">
        {t("compare.heading", { number })}
      </h2>
      {none ? (
        <p className="text-sm text-slate-600">{t("compare.none")}</p>
      ) : (
        <div className="space-y-4 text-sm">
          {comparison.added.length > 0 ? (
            <div>
              <h3 className="font-semibold">{t("compare.added", { count: comparison.added.length })}</h3>
              <ul className="list-disc space-y-1 pl-5">
                {comparison.added.map((item) => (
                  <li key={item.id} data-change="added">
                    <span className="text-slate-600">{where(item)}:</span> {itemLink(item, item.statement)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {comparison.changed.length > 0 ? (
            <div>
              <h3 className="font-semibold">{t("compare.changed", { count: comparison.changed.length })}</h3>
              <ul className="list-disc space-y-2 pl-5">
                {comparison.changed.map(({ before, after, fields }) => (
                  <li key={after.id} data-change="changed">
                    <span className="text-slate-600">{where(after)}:</span> {itemLink(after, after.statement)}
                    <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
                      {fields.map((field) => (
                        <div key={field} className="contents">
                          <dt className="text-slate-700">{t(`historyField.${field}`)}</dt>
                          <dd className="break-words">
                            <del className="text-slate-600">{value(before, field)}</del> → <ins className="no-underline">{value(after, field)}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {comparison.removed.length > 0 ? (
            <div>
              <h3 className="font-semibold">{t("compare.removed", { count: comparison.removed.length })}</h3>
              <ul className="list-disc space-y-1 pl-5">
                {comparison.removed.map((item) => (
                  <li key={item.id} data-change="removed">
                    <span className="text-slate-600">{where(item)}:</span> <del>{item.statement}</del>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}
