/**
 * An indicator import's dry run as a coordinator reads it: what it would do (the shared import tallies), the
 * indicators it will follow, then every row with its country, series, period, sex and value, and add, update or
 * skip with the reason in words.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ImportOutcome, ImportRowOutcome, ImportRows } from "@/components/imports/import-check";
import { Badge } from "@/components/ui/badge";
import { Td } from "@/components/ui/table";
import type { IndicatorImportPlan } from "@/lib/results/import/plan-indicator-import";
import { withValues } from "@/lib/validation/zod";

/** `translate` reads a lib/ message in the reader's language (app/_edge/lib-messages.ts); `apply` is the card that applies the file. */
export async function IndicatorImportPlanView({ plan, translate, apply }: { plan: IndicatorImportPlan; translate: (message: string) => string; apply?: ReactNode }) {
  const [t, tImport, format] = await Promise.all([getTranslations("resultsImport"), getTranslations("import"), getFormatter()]);
  const exact = (text: string) => text as unknown as number;
  const figure = (value: string) => format.number(exact(value), { maximumFractionDigits: 4 });
  /** Beside the badge: why a row is skipped, what an update changes (and the value it replaces), an add that follows the indicator first. */
  const outcomeText = (row: IndicatorImportPlan["rows"][number]): string => {
    switch (row.action) {
      case "skip":
        return translate(row.detail === null ? row.reason : withValues(row.reason, { detail: row.detail }));
      case "update":
        return t("changes", { columns: row.changes.map((change) => t(`changed.${change as "value" | "period" | "source" | "note" | "obsStatus"}`)).join(", "), before: figure(row.before) });
      case "add":
        return row.follow ? t("followsToo") : "";
    }
  };
  const headings = [tImport("row"), t("country"), t("series"), t("period"), t("sex"), t("value"), tImport("outcome")];
  return (
    <>
      <ImportOutcome appliedAt={null} counts={plan.counts} errorCount={0} />
      {plan.follows.length > 0 ? (
        <section aria-labelledby="import-follows" className="mb-6">
          <h2 id="import-follows" className="mb-2 text-lg font-semibold">
            {t("followsTitle")}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t("followsIntro")}</p>
          <ul className="list-inside list-disc text-sm" data-testid="import-follows">
            {plan.follows.map((follow) => (
              <li key={`${follow.countryCode}|${follow.indicatorCode}`}>{t("follow", { country: follow.countryCode, code: follow.indicatorCode })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {apply}
      <ImportRows count={plan.rows.length} headings={headings}>
        {plan.rows.map((row) => (
          <tr key={row.line} data-action={row.action}>
            <Td label={tImport("row")}>{row.line}</Td>
            {row.action === "skip" ? (
              <>
                <Td label={t("country")}>—</Td>
                <Td label={t("series")}>—</Td>
                <Td label={t("period")}>—</Td>
                <Td label={t("sex")}>—</Td>
                <Td label={t("value")}>—</Td>
              </>
            ) : (
              <>
                <Td label={t("country")}>{row.countryCode}</Td>
                <Td label={t("series")} className="font-mono text-xs">
                  {row.indicatorCode}
                </Td>
                <Td label={t("period")}>{row.period}</Td>
                <Td label={t("sex")}>{t(`sexes.${row.sex}`)}</Td>
                <Td label={t("value")}>{figure(row.value)}</Td>
              </>
            )}
            <Td label={tImport("outcome")}>
              {row.action === "skip" ? (
                // The shared badge says "unchanged"; a row here is skipped for many reasons, said beside it.
                <>
                  <Badge tone="muted" symbol="=">
                    {t("skip")}
                  </Badge>
                  <span className="ml-2 text-xs text-slate-600">{outcomeText(row)}</span>
                </>
              ) : (
                <ImportRowOutcome action={row.action} changes={outcomeText(row)} />
              )}
            </Td>
          </tr>
        ))}
      </ImportRows>
    </>
  );
}
