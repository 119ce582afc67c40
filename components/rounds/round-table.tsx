/**
 * The reporting rounds as a table, newest due date first: each round's period, due date, countries asked and where
 * their reports stand today (how many on time, late, returned, missing, pending). Withdrawn rounds show their reason.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { dateOnly, dateOnlyFormat } from "@/components/progress/dates";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { RoundTimeliness } from "@/lib/rounds/completeness";
import type { RoundSummary } from "@/lib/rounds/list-rounds";
import { completenessLooks, completenessStates } from "./completeness-look";

export async function RoundTable({ rounds, caption, timeliness = [] }: { rounds: readonly RoundSummary[]; caption: string; timeliness?: readonly RoundTimeliness[] }) {
  const [t, tCompleteness, format] = await Promise.all([getTranslations("rounds.list"), getTranslations("rounds.completeness"), getFormatter()]);
  const countsOf = new Map(timeliness.map((round) => [round.roundId, round.counts]));
  const day = (value: string) => format.dateTime(dateOnly(value), dateOnlyFormat);
  const headings = [t("name"), t("period"), t("dueOn"), t("countries"), t("completeness")];
  return (
    <Table caption={caption} headings={headings}>
      {rounds.map((round) => {
        const counts = countsOf.get(round.id);
        return (
          <tr key={round.id} data-round={round.id}>
            <Td>
              <Link href={`/rounds/${round.id}`} className="font-medium">
                {round.name}
              </Link>
            </Td>
            <Td label={headings[1]}>{t("periodRange", { start: day(round.periodStart), end: day(round.periodEnd) })}</Td>
            <Td label={headings[2]}>{day(round.dueOn)}</Td>
            <Td label={headings[3]} className="text-right">
              {format.number(round.countries)}
            </Td>
            <Td label={headings[4]}>
              {round.withdrawn ? (
                <Badge tone="muted">{t("withdrawn")}</Badge>
              ) : counts ? (
                <ul className="flex flex-wrap gap-1" aria-label={t("completenessOf", { round: round.name })}>
                  {completenessStates
                    .filter((state) => counts[state] > 0)
                    .map((state) => (
                      <li key={state}>
                        <Badge look={completenessLooks[state]}>{tCompleteness("counted", { count: counts[state], state })}</Badge>
                      </li>
                    ))}
                </ul>
              ) : (
                "—"
              )}
            </Td>
          </tr>
        );
      })}
    </Table>
  );
}
