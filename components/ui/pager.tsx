/**
 * Where a long list is, "Showing 21–40 of 143", and plain links to the newer and older entries: a server
 * component of links, so it works without JavaScript and adds none to the page.
 */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export type PagerPlace = { page: number; pageCount: number; pageSize: number; total: number };

type PagerLink = { href: string; text?: string };
/**
 * `more`: the list was counted only up to `total` and holds more; `from` null: this page lies beyond what was counted
 * (an activity feed counts its first few thousand entries, not its years of history).
 */
type Props = { label: string; from: number | null; to: number; total: number; more?: boolean; newer: PagerLink | null; older: PagerLink | null };

export async function Pager({ label, from, to, total, more = false, newer, older }: Props) {
  if (!newer && !older) return null;
  const t = await getTranslations("paging");
  const place = from === null ? t("showingBeyond", { total }) : more ? t("showingOfMore", { from, to, total }) : t("showing", { from, to, total });
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="pager">
      <p className="text-slate-600">{place}</p>
      {newer ? (
        <Link href={newer.href} rel="prev">
          ← {newer.text ?? t("newer")}
        </Link>
      ) : null}
      {older ? (
        <Link href={older.href} rel="next">
          {older.text ?? t("older")} →
        </Link>
      ) : null}
    </nav>
  );
}

/** A numbered page's pager. `href(n)`: the address of page n (page 1 without a page parameter, so its address stays the list's own). */
export function NumberedPager({ place, href, label }: { place: PagerPlace; href: (page: number) => string; label: string }) {
  const { page, pageCount, pageSize, total } = place;
  return (
    <Pager
      label={label}
      from={(page - 1) * pageSize + 1}
      to={Math.min(page * pageSize, total)}
      total={total}
      newer={page > 1 ? { href: href(page - 1) } : null}
      older={page < pageCount ? { href: href(page + 1) } : null}
    />
  );
}
