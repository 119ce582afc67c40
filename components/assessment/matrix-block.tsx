/**
 * One guarantee's block of an assessment matrix, in the ABND's order: the existing schemes and provisions (the
 * inventory's schemes serving the guarantee), the policy gaps, the implementation issues and the recommendations.
 * Read as the draft (items link to their page, writers get controls and "add" links) or as an endorsed version.
 */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import type { FrozenItem, FrozenScheme } from "@/lib/assessment/matrix/content";
import { AssessmentItemBadges } from "./assessment-badges";

type BlockItem = FrozenItem & { reviewState?: "in_review" | "changes_requested" | "validated" | null };
type Block<Item extends BlockItem> = {
  guarantee: FrozenItem["guarantee"];
  schemes: Omit<FrozenScheme, "sharingLevel">[];
  sections: Record<FrozenItem["section"], Item[]>;
};

const sections = ["policy_gap", "implementation_issue", "recommendation"] as const;

export async function MatrixBlock<Item extends BlockItem>({
  block,
  countryCode,
  linkItems,
  controls,
  addHref,
}: {
  block: Block<Item>;
  countryCode: string;
  /** Items link to their page (the draft); a version's items are read where they are. */
  linkItems: boolean;
  /** Controls after an item (moving it), for those who may write. */
  controls?: (item: Item, index: number, count: number) => ReactNode;
  /** Where to add an item to a section, for those who may write. */
  addHref?: (section: FrozenItem["section"]) => string;
}) {
  const [t, tSchemes] = await Promise.all([getTranslations("assessment"), getTranslations("schemes")]);
  const headingId = `block-${block.guarantee}`;
  return (
    <section aria-labelledby={headingId} className="ui-card" data-testid={`block-${block.guarantee}`}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {tSchemes(`guarantee.${block.guarantee}`)}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div>
          <h3 className="mb-1 text-sm font-semibold text-slate-700">{t("existingSchemes")}</h3>
          {block.schemes.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noScheme")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {block.schemes.map((scheme) => (
                <li key={scheme.id} className="flex flex-wrap items-center gap-2">
                  {linkItems ? <Link href={`/countries/${countryCode}/schemes/${scheme.id}`}>{scheme.nationalName}</Link> : <span>{scheme.nationalName}</span>}
                  <Badge tone={scheme.status === "in_force" ? "success" : "neutral"}>{tSchemes(`status.${scheme.status}`)}</Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
        {sections.map((section) => {
          const items = block.sections[section];
          return (
            <div key={section} data-testid={`section-${block.guarantee}-${section}`}>
              <h3 className="mb-1 text-sm font-semibold text-slate-700">{t(`section.${section}`)}</h3>
              {items.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noneYet")}</p>
              ) : (
                <ol className="list-decimal space-y-2 pl-5 text-sm">
                  {items.map((item, index) => (
                    <li key={item.id} id={`item-${item.id}`}>
                      <div className="flex flex-wrap items-start justify-between gap-2">
                        <div className="min-w-0 flex-1 space-y-1">
                          <p className="break-words">{linkItems ? <Link href={`/countries/${countryCode}/assessment/items/${item.id}`}>{item.statement}</Link> : item.statement}</p>
                          {item.details ? <p className="line-clamp-3 break-words whitespace-pre-line text-slate-600">{item.details}</p> : null}
                          {section === "recommendation" || item.reviewState ? <AssessmentItemBadges item={item} /> : null}
                        </div>
                        {controls ? controls(item, index, items.length) : null}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
              {addHref ? (
                <p className="mt-1 text-sm">
                  <Link href={addHref(section)} aria-label={t(`addTo.${section}`, { guarantee: tSchemes(`guarantee.${block.guarantee}`) })}>
                    {t(`add.${section}`)}
                  </Link>
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
