/**
 * A step's flows in the reporting currency as rows of the per-step money table, after its currencies' rows: the
 * converted figures (need and gap stay per currency), then a footnote row with the rates used and what was left out.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { Td } from "@/components/ui/table";
import type { FundingTotals } from "@/lib/funding/totals/count-funding";
import { countedFlows } from "@/lib/funding/totals/counting";
import { convertedMoney, FundingNotes } from "./converted-totals";

export async function ConvertedStepRows({ totals, className }: { totals: FundingTotals; className?: string }) {
  const [t, tFlow, format] = await Promise.all([getTranslations("funding"), getTranslations("support.flow"), getFormatter()]);
  const { converted } = totals;
  const noted = converted.rates.length > 0 || converted.leftOut.length > 0 || totals.passedOnFrom.length > 0;
  return (
    <>
      <tr className={className}>
        <Td className="font-medium">{t("convertedStep", { currency: converted.currency })}</Td>
        <Td label={tFlow("needed")} className="text-right text-slate-600">—</Td>
        {countedFlows.map((flow) => (
          <Td key={flow} label={tFlow(flow)} className="text-right tabular-nums whitespace-nowrap">
            {convertedMoney(format, converted[flow], converted.currency)}
          </Td>
        ))}
        <Td label={tFlow("gap")} className="text-right text-slate-600">—</Td>
      </tr>
      {noted ? (
        <tr className={className}>
          <Td colSpan={7}>
            <FundingNotes totals={totals} />
          </Td>
        </tr>
      ) : (
        <tr className={className} aria-hidden="true" />
      )}
    </>
  );
}
