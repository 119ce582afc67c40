/** A write-up's history, newest first: who wrote, translated, edited, published, shared, featured or withdrew it, and when. */
import { getFormatter, getTranslations } from "next-intl/server";
import { languageName } from "@/components/library/resource-list";
import { EmptyState } from "@/components/ui/empty-state";
import type { ExperienceHistoryEntry } from "@/lib/experiences/list-experience-history";

const actions = ["write", "edit", "translate", "publish", "share", "feature", "unfeature", "withdraw"] as const;
type Known = (typeof actions)[number];
const knownAction = (action: string): Known | null => {
  const verb = action.replace(/^experience\./, "");
  return (actions as readonly string[]).includes(verb) ? (verb as Known) : null;
};

export async function ExperienceHistory({ entries, locale }: { entries: ExperienceHistoryEntry[]; locale: string }) {
  const [t, tSharing, format] = await Promise.all([getTranslations("experiences"), getTranslations("sharing"), getFormatter()]);
  if (entries.length === 0) return <EmptyState>{t("history.empty")}</EmptyState>;
  const detail = (entry: ExperienceHistoryEntry): string | null => {
    const after = entry.after ?? {};
    const level = after.sharingLevel === "all" || after.sharingLevel === "country" ? tSharing(after.sharingLevel === "all" ? "badgeAll" : "badgeCountry") : null;
    if (entry.action === "experience.publish" || entry.action === "experience.share") return level;
    if ((entry.action === "experience.edit" || entry.action === "experience.translate" || entry.action === "experience.write") && typeof after.language === "string") {
      return languageName(after.language, locale);
    }
    return null;
  };
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm" aria-label={t("history.title")}>
      {entries.map((entry) => {
        const verb = knownAction(entry.action);
        const more = detail(entry);
        return (
          <li key={entry.id}>
            <span className="font-medium">{verb ? t(`history.${verb}`) : entry.action}</span>
            {more ? <span> — {more}</span> : null}{" "}
            <span className="text-slate-600">
              {t("history.by", { name: entry.actorName ?? "—", date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
