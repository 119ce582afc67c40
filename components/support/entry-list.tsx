/** A compact table of support entries: what, from whom, its kind and status, and its money so far (a pass-through says whose it is). */
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { SupportEntrySummary } from "@/lib/support/entry-summaries";
import { KindBadge, SupportStatusBadge } from "./badges";
import { Money } from "./money";

export async function EntryList({ entries, caption }: { entries: SupportEntrySummary[]; caption: string }) {
  const [t, tCategory, tFunding, locale] = await Promise.all([
    getTranslations("support"),
    getTranslations("support.category"),
    getTranslations("funding"),
    getLocale(),
  ]);
  return (
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
        {entries.map((entry) => (
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
  );
}
