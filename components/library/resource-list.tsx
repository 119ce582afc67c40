/** Library resources as a list: what each is, its year, the agencies behind it, its languages, and its link or file. */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ResourceSummary } from "@/lib/library/list-resources";

/** A language's name in the reader's language, from the runtime (no catalogue entry per language code). */
export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
}

export async function ResourceList({ resources, label }: { resources: ResourceSummary[]; label: string }) {
  const [t, locale] = await Promise.all([getTranslations("library"), getLocale()]);
  return (
    <ul className="space-y-3" aria-label={label}>
      {resources.map((resource) => (
        <li key={resource.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="resource">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/library/${resource.id}`} className="font-medium">
              {resource.title}
            </Link>
            <Badge tone="neutral">{t(`kinds.${resource.kind}`)}</Badge>
          </p>
          <p className="text-sm text-slate-600">
            {[
              resource.agencies.map((agency) => localized(agency.shortName, locale as Locale)).join(", ") || t("noAgency"),
              resource.year === null ? t("noYear") : String(resource.year),
              resource.languages.length ? resource.languages.map((code) => languageName(code, locale)).join(", ") : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {resource.description ? <p className="mt-1 text-sm">{resource.description}</p> : null}
          <ResourceAccess resource={resource} />
        </li>
      ))}
    </ul>
  );
}

/** The resource's web link and file, or a note that Socle holds only its reference. */
export async function ResourceAccess({ resource }: { resource: ResourceSummary }) {
  const t = await getTranslations("library");
  if (!resource.url && !resource.fileId) return <p className="mt-1 text-xs text-slate-500">{t("referenceOnly")}</p>;
  return (
    <p className="mt-1 flex flex-wrap gap-x-4 text-sm">
      {resource.url ? (
        <a href={resource.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
          <span aria-hidden="true">↗ </span>
          {t("openLink", { title: resource.title })}
        </a>
      ) : null}
      {resource.fileId ? (
        <a href={`/api/resources/${resource.id}/file`} download className="break-all">
          <span aria-hidden="true">↓ </span>
          {t("downloadFile", { name: resource.fileName ?? "" })}
        </a>
      ) : null}
    </p>
  );
}
