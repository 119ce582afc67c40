/**
 * What changed in a costing since a validated version: the frame, each year's figures and population, the
 * scenarios and packages added, changed (which parts) and removed, and each package's total cost per year then and
 * now. Nothing changed reads as one sentence.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { CostingComparison } from "@/lib/costing/data/compare";
import { hasCostingChanges } from "@/lib/costing/data/compare";
import { formatAmount, formatPersons, formatRate } from "./figures";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A changed input as people read it: amounts and persons formatted, inflation as a percentage, sources as typed. */
function inputValue(format: Formatter, field: string, value: string | null): string {
  if (value === null || value === "") return "—";
  if (field === "population") return formatPersons(format, value);
  if (field === "inflation") return formatRate(format, value);
  return field.endsWith("Source") ? value : formatAmount(format, value);
}

export async function CostingComparisonView({ comparison, number }: { comparison: CostingComparison; number: number }) {
  const [t, format] = await Promise.all([getTranslations("costing.compare"), getFormatter()]);
  const { frame, years, scenarios, packages, totals } = comparison;
  const section = (id: string, title: string, body: React.ReactNode) => (
    <div className="space-y-2">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {body}
    </div>
  );
  const listed = (kind: "scenario" | "package", side: typeof scenarios | typeof packages) => (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {side.added.map((item) => (
        <li key={`added-${item.id}`}>{t("added", { name: item.name })}</li>
      ))}
      {side.changed.map(({ after, fields }) => (
        <li key={`changed-${after.id}`}>
          {t("changed", { name: after.name, parts: fields.map((field) => t(`${kind}Field.${field}` as "scenarioField.name")).join(", ") })}
        </li>
      ))}
      {side.removed.map((item) => (
        <li key={`removed-${item.id}`}>{t("removed", { name: item.name })}</li>
      ))}
    </ul>
  );
  const changedSide = (side: typeof scenarios | typeof packages) => side.added.length + side.changed.length + side.removed.length > 0;
  return (
    <section aria-labelledby="costing-since" className="mb-8 space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 id="costing-since" className="text-lg font-semibold">
        {t("heading", { number })}
      </h2>
      {!hasCostingChanges(comparison) ? <p className="text-sm">{t("nothing", { number })}</p> : null}
      {frame.length > 0
        ? section(
            "since-frame",
            t("frameHeading"),
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {frame.map((change) => (
                <li key={change.field}>{t("fromTo", { field: t(`frameField.${change.field}`), before: String(change.before) || "—", after: String(change.after) || "—" })}</li>
              ))}
            </ul>,
          )
        : null}
      {years.length > 0
        ? section(
            "since-years",
            t("yearsHeading"),
            <ul className="list-disc space-y-1 pl-5 text-sm">
              {years.flatMap(({ year, changes }) =>
                changes.map((change) => (
                  <li key={`${year}-${change.field}`}>
                    {year}: {t("fromTo", { field: t(`yearField.${change.field}`), before: inputValue(format, change.field, change.before), after: inputValue(format, change.field, change.after) })}
                  </li>
                )),
              )}
            </ul>,
          )
        : null}
      {changedSide(scenarios) ? section("since-scenarios", t("scenariosHeading"), listed("scenario", scenarios)) : null}
      {changedSide(packages) ? section("since-packages", t("packagesHeading"), listed("package", packages)) : null}
      {totals.some((total) => total.years.some((year) => year.before !== year.after))
        ? section(
            "since-totals",
            t("totalsHeading"),
            <Table caption={t("totalsCaption")} headings={[t("package"), t("year"), t("before", { number }), t("after")]}>
              {totals.flatMap((total) =>
                total.years
                  .filter((year) => year.before !== year.after)
                  .map((year) => (
                    <tr key={`${total.packageId}-${year.year}`}>
                      <Td className="font-medium">{total.name}</Td>
                      <Td label={t("year")}>{year.year}</Td>
                      <Td label={t("before", { number })}>{formatAmount(format, year.before)}</Td>
                      <Td label={t("after")}>{formatAmount(format, year.after)}</Td>
                    </tr>
                  )),
              )}
            </Table>,
          )
        : null}
    </section>
  );
}
