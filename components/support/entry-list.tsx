/** A compact table of support entries: what, from whom, its kind and status, and its money so far (a pass-through says whose it is). */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { SupportEntrySummary } from "@/lib/support/entry-summaries";
import { KindBadge, SupportStatusBadge } from "./badges";
import { Money } from "./money";

/** How many entries a list with a fuller list elsewhere shows: the latest, so the page follows its steps, not their history. */
export const entriesShown = 10;

/**
 * `all`: where every entry of the list is, and the link's words; given, the list shows the first `entriesShown`
 * (the entries come latest first) and links there when there are more.
 */
export async function EntryList({ entries, caption, all }: { entries: SupportEntrySummary[]; caption: string; all?: { href: string; label: string } }) {
  const [t, tCategory, tFunding, locale] = await Promise.all([
    getTranslations("support"),
    getTranslations("support.category"),
    getTranslations("funding"),
    getLocale(),
  ]);
  const shown = all ? entries.slice(0, entriesShown) : entries;
  return (
    <>
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{t("entry")}</Th>
            <Th>{t("agency")}</Th>
            <Th>{t("kindLabel")}</Th>
            <Th>{t("statusLabel")}</Th>
            <Th className="text-right">{t("flow.committed")}</Th>
            <Th className="text-right">{t("flow.disbursed")}</Th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.id}>
              <Td>
                <Link href={`/support/${entry.id}`} className="font-medium">
                  {entry.title}
                </Link>
                <p className="text-xs text-slate-500">
                  {entry.reference}
                  {entry.technicalCategory ? ` · ${tCategory(entry.technicalCategory)}` : null}
                </p>
                {entry.passedOnFrom ? (
                  <p className="text-xs text-slate-600">
                    {tFunding("passedOnFrom", { agency: entry.passedOnFrom.agencyAcronym, entry: entry.passedOnFrom.title })}
                  </p>
                ) : null}
              </Td>
              <Td label={t("agency")}>{localized(entry.agencyShortName, locale as Locale)}</Td>
              <Td label={t("kindLabel")}>
                <KindBadge kind={entry.kind} />
              </Td>
              <Td label={t("statusLabel")}>
                <SupportStatusBadge status={entry.status} />
              </Td>
              <Td label={t("flow.committed")} className="text-right">{entry.currency ? <Money amount={entry.committed} currency={entry.currency} /> : "—"}</Td>
              <Td label={t("flow.disbursed")} className="text-right">{entry.currency ? <Money amount={entry.disbursed} currency={entry.currency} /> : "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {all && shown.length < entries.length ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("latestEntriesShown", { shown: shown.length, count: entries.length })} <Link href={all.href}>{all.label}</Link>
        </p>
      ) : null}
    </>
  );
}
