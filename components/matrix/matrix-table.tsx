/**
 * The matrix: one row per country, one column per key step; each cell is a link to that step of that country
 * saying its status (symbol and text), review state, last update and counts. Links make it usable by keyboard;
 * row and column headers name every cell for screen readers.
 */
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StepStatusBadge } from "@/components/countries/status-badges";
import { Badge } from "@/components/ui/badge";
import { ReviewStateBadge } from "@/components/review/review-state-badge";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { ProgressMatrix } from "@/lib/matrix/get-progress-matrix";

export async function MatrixTable({ matrix }: { matrix: ProgressMatrix }) {
  const [t, tPlans, format, locale] = await Promise.all([
    getTranslations("matrix"),
    getTranslations("plans.behind"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const collator = new Intl.Collator(locale);
  const rows = matrix.countries
    .map((country) => ({ ...country, localName: localized(country.name, locale) }))
    .sort((a, b) => collator.compare(a.localName, b.localName));
  const stepNames = matrix.steps.map((step, index) => `${index + 1}. ${localized(step.title, locale)}`);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });

  return (
    // Fixed layout shares the width out evenly: the eight steps of the framework fit a 1280 px screen with the
    // country column; a narrower screen scrolls the table in its box, whose country column stays in view. The box
    // is positioned so that it clips the cells' screen-reader text too, which would otherwise widen the page.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[60rem] table-fixed border-collapse text-left text-sm" aria-describedby="matrix-legend">
        <caption className="sr-only">{matrix.query.asOf ? t("captionAsOf", { date: matrix.query.asOf }) : t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 w-36 border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold">
              {t("country")}
            </th>
            {stepNames.map((name, index) => (
              <th key={matrix.steps[index]!.key} scope="col" className="border-b border-slate-200 bg-slate-50 px-2 py-2 align-bottom text-xs font-semibold break-words hyphens-auto">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((country) => (
            <tr key={country.code} data-testid="matrix-row">
              <th scope="row" className="sticky left-0 z-10 border-b border-slate-100 bg-white px-3 py-2 text-left align-top font-medium">
                <Link href={`/countries/${country.code}`}>{country.localName}</Link>
              </th>
              {country.cells.map((cell, index) => (
                <td key={matrix.steps[index]!.key} className="matrix-cell">
                  {cell ? (
                    <Link
                      href={`/countries/${country.code}/steps/${cell.countryStepId}`}
                      className="matrix-cell-link"
                    >
                      {/* The name comes from what is shown, after the place read out first (axe: label-content-name-mismatch). */}
                      <span className="sr-only">{t("cellLabel", { country: country.localName, step: stepNames[index]! })} </span>
                      <StepStatusBadge status={cell.status} />
                      {cell.behindPlan ? (
                        <span className="block" data-testid="behind-plan">
                          <Badge tone="danger" symbol="!">
                            {tPlans("cell")}
                          </Badge>
                        </span>
                      ) : null}
                      {cell.reviewState ? (
                        <span className="block">
                          <ReviewStateBadge state={cell.reviewState} />
                        </span>
                      ) : null}
                      <span className="matrix-cell-note">{cell.lastUpdate ? date(cell.lastUpdate) : t("never")}</span>
                      <span className="matrix-cell-note">{t("counts", { milestones: cell.milestones, support: cell.supportEntries })}</span>
                    </Link>
                  ) : (
                    <span className="block px-3 py-2 text-xs text-slate-500">{t("noStep")}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
