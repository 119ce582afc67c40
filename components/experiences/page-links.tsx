/** Previous and next pages of a list, as links keeping its filters, with where the reader is: plain links, so they work without JavaScript. */
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

export async function PageLinks({ page, pageCount, hrefOf }: { page: number; pageCount: number; hrefOf: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("experiences");
  return (
    <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? <Link href={hrefOf(page - 1)} rel="prev">{t("previousPage")}</Link> : null}
      <span aria-current="page">{t("pageOf", { page, pages: pageCount })}</span>
      {page < pageCount ? <Link href={hrefOf(page + 1)} rel="next">{t("nextPage")}</Link> : null}
    </nav>
  );
}
