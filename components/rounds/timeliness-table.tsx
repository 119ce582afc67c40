/**
 * Timeliness across rounds as a table, the record the timeliness chart draws, in the chart's order (oldest due date
 * first): each round's countries by state and the share on time among those whose report is due.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { RoundTimeliness } from "@/lib/rounds/completeness";
import { completenessStates } from "./completeness-look";

export async function TimelinessTable({ rounds }: { rounds: readonly RoundTimeliness[] }) {
  const [t, tState, format] = await Promise.all([getTranslations("rounds.timeliness"), getTranslations("rounds.completeness.state"), getFormatter()]);
  const headings = [t("round"), t("dueOn"), t("countries"), ...completenessStates.map((state) => tState(state)), t("shareOnTime")];
  return (
    <Table caption={t("tableCaption")} headings={headings}>
      {rounds.map((round) => (
        <tr key={round.roundId} data-round={round.roundId}>
          <Td>
            <Link href={`/rounds/${round.roundId}`}>{round.name}</Link>
          </Td>
          <Td label={headings[1]}>{format.dateTime(dateOnly(round.dueOn), dateOnlyFormat)}</Td>
          <Td label={headings[2]} className="text-right">
            {format.number(round.countries)}
          </Td>
          {completenessStates.map((state, index) => (
            <Td key={state} label={headings[3 + index]} className="text-right">
              {format.number(round.counts[state])}
            </Td>
          ))}
          <Td label={headings.at(-1)} className="text-right">
            {round.shareOnTime === null ? t("noneDue") : format.number(round.shareOnTime, { style: "percent", maximumFractionDigits: 0 })}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
