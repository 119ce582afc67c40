/** A milestone's evidence: web links open the page, files download through the permission-checked route. */
import { getFormatter, getTranslations } from "next-intl/server";
import { SharingBadge } from "@/components/sharing/sharing-badge";
import type { EvidenceView } from "@/lib/progress/milestone-list";

const kindKeys: Record<string, "pdf" | "word" | "excel" | "powerpoint"> = {
  "application/pdf": "pdf",
  "application/msword": "word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
  "application/vnd.ms-excel": "excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "excel",
  "application/vnd.ms-powerpoint": "powerpoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "powerpoint",
  "application/vnd.openxmlformats-officedocument.presentationml.slideshow": "powerpoint",
};

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

function fileSize(bytes: number, format: Formatter): string {
  return bytes < 1024 * 1024
    ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" })
    : format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}

export async function EvidenceList({
  items,
  actions,
  showSharing = false,
}: {
  items: EvidenceView[];
  actions?: (item: EvidenceView) => React.ReactNode;
  /** For the country's own group and coordinators, who see both levels. */
  showSharing?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("evidence"), getFormatter()]);
  if (items.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1 text-sm" aria-label={t("listLabel")}>
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span aria-hidden="true">{item.kind === "link" ? "↗" : "↓"}</span>
          {item.kind === "link" ? (
            <a href={item.url!} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
              {item.title}
            </a>
          ) : (
            <a href={`/api/evidence/${item.id}`} download className="break-all">
              {item.title}
            </a>
          )}
          <span className="text-xs text-slate-500">
            {item.kind === "link"
              ? t("kindLink")
              : t("fileKind", {
                  kind: t(`kinds.${kindKeys[item.contentType ?? ""] ?? (item.contentType?.startsWith("image/") ? "image" : "file")}`),
                  size: fileSize(item.byteSize ?? 0, format),
                })}
          </span>
          {showSharing ? <SharingBadge level={item.sharingLevel} /> : null}
          {actions?.(item)}
        </li>
      ))}
    </ul>
  );
}
