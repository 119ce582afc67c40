/**
 * An IATI file being read: bytes read of the total as a progress bar, the page refreshed every two seconds by a meta
 * refresh (no JavaScript needed) until the dry run is done, and a link to refresh by hand.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

export async function IatiImportProgress({ bytesRead, byteSize, href }: { bytesRead: number; byteSize: number; href: string }) {
  const [t, format] = await Promise.all([getTranslations("iatiImport"), getFormatter()]);
  const megabytes = (bytes: number) => format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="iati-reading-title" className="mb-6 max-w-2xl space-y-2">
      {/* React puts it in the document's head. */}
      <meta httpEquiv="refresh" content="2" />
      <h2 id="iati-reading-title" className="text-lg font-semibold">
        {t("readingTitle")}
      </h2>
      <progress max={byteSize} value={bytesRead} aria-label={t("progressLabel")} className="block w-full" />
      <p role="status" className="text-sm text-slate-700">
        {t("readingBody", { read: megabytes(bytesRead), total: megabytes(byteSize) })}
      </p>
      <Link href={href} className="text-sm">
        {t("refresh")}
      </Link>
    </section>
  );
}
