/**
 * A round's countries as a table, the record the completeness chart draws: where each stands on the day (on time,
 * late, returned, missing, pending), its report's status, when it was submitted and decided, and a link to the report.
 */
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { Table, Td } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { RoundCountry } from "@/lib/rounds/get-round";
import { countryReportPath } from "@/lib/notifications/report-notices";
import { completenessLooks } from "./completeness-look";
import { ReportStatusBadge } from "./report-status-badge";

export async function CompletenessTable({ roundId, roundName, countries }: { roundId: string; roundName: string; countries: readonly RoundCountry[] }) {
  const [t, tState, format, locale] = await Promise.all([getTranslations("rounds.completeness"), getTranslations("rounds.completeness.state"), getFormatter(), getLocale()]);
  const name = (country: RoundCountry) => localized(country.countryName, locale as Locale);
  const collator = new Intl.Collator(locale);
  const sorted = [...countries].sort((a, b) => collator.compare(name(a), name(b)));
  const when = (at: Date | null) => (at ? format.dateTime(at, { dateStyle: "medium" }) : "—");
  const headings = [t("country"), t("standing"), t("report"), t("submitted"), t("decided")];

  return (
    <Table caption={t("tableCaption", { round: roundName })} headings={headings}>
      {sorted.map((country) => (
        <tr key={country.countryCode} data-country={country.countryCode}>
          <Td>
            <Link href={countryReportPath({ countryCode: country.countryCode, roundId })}>{name(country)}</Link>
          </Td>
          <Td label={headings[1]}>
            <Badge look={completenessLooks[country.state]}>{tState(country.state)}</Badge>
          </Td>
          <Td label={headings[2]}>
            <ReportStatusBadge status={country.status} />
          </Td>
          <Td label={headings[3]}>{when(country.submittedAt)}</Td>
          <Td label={headings[4]}>{when(country.decidedAt)}</Td>
        </tr>
      ))}
    </Table>
  );
}
