/**
 * Downloads a country's costing as the workbook of formulas a ministry checks and changes (decision 1830):
 * /exports/costing/{code}, in the reader's language, for those who may export the country's reports and read it.
 */
import { getTranslations } from "next-intl/server";
import { respondToActor } from "@/app/_edge/route-errors";
import { costingWorkbookOf } from "@/lib/costing/data/costing-workbook-of";
import { costingWorkbookLabels } from "@/lib/costing/workbook-labels";
import { attachment } from "@/lib/files/content-disposition";
import type { Translator } from "@/lib/i18n/translate-message";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return respondToActor(async ({ db, actor }) => {
    const labels = costingWorkbookLabels((await getTranslations()) as unknown as Translator);
    const { countryCode, workbook } = await costingWorkbookOf(db, actor, code, labels);
    const bytes = await workbook.xlsx.writeBuffer();
    return new Response(new Uint8Array(bytes as ArrayBuffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": attachment(`socle-costing-${countryCode}-${new Date().toISOString().slice(0, 10)}.xlsx`),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
