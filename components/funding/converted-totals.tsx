/**
 * Funding in the reporting currency beside the per-currency totals (never in their place): the converted flows,
 * and as visible text under them, the rates used with their period and source, the amounts left out for want of a
 * usable rate (with why), and the pass-throughs left out because their money counts at the giver's.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/components/support/format-money";
import { toCents } from "@/lib/funding/conversion";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { countedFlows } from "@/lib/funding/totals/counting";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A converted figure as shown: to the cent, in the reporting currency. */
export const convertedMoney = (format: Formatter, amount: string, currency: string) => formatMoney(format, toCents(amount), currency);

type Translator = Awaited<ReturnType<typeof getTranslations<"funding">>>;
type Rate = FundingTotals["converted"]["rates"][number];

const day = (format: Formatter, value: string) => format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });

/** "1 USD = 600 XOF · January 2024 (month) · IMF": a rate as shown beside what it converts. */
export function describeRate(t: Translator, format: Formatter, rate: Rate): string {
  const start = new Date(`${rate.periodStart}T00:00:00Z`);
  const period =
    rate.period === "day"
      ? t("ratePeriod.day", { date: day(format, rate.periodStart) })
      : rate.period === "month"
        ? t("ratePeriod.month", { date: format.dateTime(start, { month: "long", year: "numeric", timeZone: "UTC" }) })
        : t("ratePeriod.year", { date: String(start.getUTCFullYear()) });
  return t("rateLine", {
    base: rate.baseCurrency,
    rate: format.number(rate.rate as unknown as number, { maximumFractionDigits: 10 }),
    currency: rate.currency,
    period,
    source: rate.source,
  });
}

/** Why an amount has no converted figure: "No rate for XOF on 1 Mar 2024", "Latest rate … too old …". */
export function describeMissing(t: Translator, format: Formatter, amount: { currency: string; valueDate: string; reason: "no_rate" | "too_old" }): string {
  return t(amount.reason === "too_old" ? "rateTooOld" : "noRate", { currency: amount.currency, date: day(format, amount.valueDate) });
}

/** The one sentence on how the page counts, with a link to the short explanation. */
export async function HowWeCount() {
  const t = await getTranslations("funding");
  return (
    <p className="mb-3 text-sm text-slate-600">
      {t("howWeCount")} <Link href="/support/counting">{t("howWeCountLink")}</Link>
    </p>
  );
}

/** The notes every converted figure carries: rates used, amounts left out and why, pass-throughs left out. */
export async function FundingNotes({ totals, id }: { totals: FundingTotals; id?: string }) {
  const [t, format] = await Promise.all([getTranslations("funding"), getFormatter()]);
  const { converted } = totals;
  const shownLeftOut = converted.leftOut.slice(0, 10);
  return (
    <div id={id} className="mt-2 space-y-1 text-sm text-slate-700">
      {converted.rates.length > 0 ? (
        <div>
          <span className="font-medium">{t("ratesUsed")}:</span>{" "}
          <ul className="inline">
            {converted.rates.map((rate) => (
              <li key={`${rate.currency}-${rate.period}-${rate.periodStart}`} className="inline after:content-['_;_'] last:after:content-none">
                {describeRate(t, format, rate)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {converted.leftOut.length > 0 ? (
        <div>
          <p className="font-medium text-amber-800">⚠ {t("leftOut", { count: converted.leftOut.length })}</p>
          <ul className="list-disc pl-5">
            {shownLeftOut.map((amount, index) => (
              <li key={index}>
                {formatMoney(format, amount.amount, amount.currency)} — {describeMissing(t, format, amount)}
              </li>
            ))}
            {converted.leftOut.length > shownLeftOut.length ? <li>{t("moreLeftOut", { count: converted.leftOut.length - shownLeftOut.length })}</li> : null}
          </ul>
        </div>
      ) : null}
      {totals.passedOnFrom.length > 0 ? <p>{t("passedOnCount", { count: totals.passedOnFrom.length })}</p> : null}
    </div>
  );
}

/** The converted flows as a one-row table, with their notes. */
export async function ConvertedTotals({ totals, caption }: { totals: FundingTotals; caption: string }) {
  const [t, tFlow, format] = await Promise.all([getTranslations("funding"), getTranslations("support.flow"), getFormatter()]);
  const { converted } = totals;
  return (
    <div className="mt-4">
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{t("flowHeader")}</Th>
            {countedFlows.map((flow) => (
              <Th key={flow} className="text-right">
                {tFlow(flow)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <Td className="font-medium">{t("convertedTitle", { currency: converted.currency })}</Td>
            {countedFlows.map((flow) => (
              <Td key={flow} label={tFlow(flow)} className="text-right tabular-nums whitespace-nowrap">
                {convertedMoney(format, converted[flow], converted.currency)}
              </Td>
            ))}
          </tr>
        </tbody>
      </Table>
      <FundingNotes totals={totals} />
    </div>
  );
}
