/** Pieces the print-ready reports share: a titled section that keeps together on paper, and the money table per currency. */
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Money } from "@/components/support/money";
import { Table, Td, Th } from "@/components/ui/table";
import type { MoneyFigures } from "@/lib/support/country-money";

export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-8 break-inside-avoid-page">
      <h2 id={`${id}-title`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const flows = ["needed", "pledged", "committed", "disbursed", "spent", "gap"] as const;

export async function ReportMoneyTable({ totals, caption, empty }: { totals: MoneyFigures[]; caption: string; empty: string }) {
  const t = await getTranslations("support");
  const tReports = await getTranslations("reports");
  if (totals.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{tReports("currency")}</Th>
          {flows.map((flow) => (
            <Th key={flow} className="text-right">
              {t(`flow.${flow}`)}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {totals.map((row) => (
          <tr key={row.currency}>
            <Td>{row.currency}</Td>
            {flows.map((flow) => (
              <Td key={flow} label={t(`flow.${flow}`)} className="text-right">
                <Money amount={row[flow]} currency={row.currency} />
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
