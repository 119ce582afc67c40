/** A country's schemes as a table: name, guarantees, kind, status, beneficiaries and yearly expenditure with their year. */
import { getFormatter, getTranslations } from "next-intl/server";
import { Money } from "@/components/support/money";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/components/ui/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { SchemeView } from "@/lib/assessment/list-schemes";

export async function SchemeTable({ caption, schemes, countryCode }: { caption: string; schemes: SchemeView[]; countryCode: string }) {
  const [t, format] = await Promise.all([getTranslations("schemes"), getFormatter()]);
  const columns = {
    name: t("columns.name"),
    guarantees: t("columns.guarantees"),
    kind: t("columns.kind"),
    status: t("columns.status"),
    beneficiaries: t("columns.beneficiaries"),
    expenditure: t("columns.expenditure"),
  };
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{columns.name}</Th>
          <Th>{columns.guarantees}</Th>
          <Th>{columns.kind}</Th>
          <Th>{columns.status}</Th>
          <Th className="text-right">{columns.beneficiaries}</Th>
          <Th className="text-right">{columns.expenditure}</Th>
        </tr>
      </thead>
      <tbody>
        {schemes.map((scheme) => (
          <tr key={scheme.id}>
            <Td>
              <Link href={`/countries/${countryCode}/schemes/${scheme.id}`} className="font-medium">
                {scheme.nationalName}
              </Link>
              {scheme.englishName && scheme.englishName !== scheme.nationalName ? <span className="block text-slate-600">{scheme.englishName}</span> : null}
              {scheme.sharingLevel === "country" ? (
                <span className="mt-1 block">
                  <Badge tone="neutral">{t("keptToGroup")}</Badge>
                </span>
              ) : null}
            </Td>
            <Td label={columns.guarantees}>{scheme.guarantees.map((guarantee) => t(`guarantee.${guarantee}`)).join(", ")}</Td>
            <Td label={columns.kind}>{[scheme.contribution && t(`contribution.${scheme.contribution}`), scheme.kind && t(`kind.${scheme.kind}`)].filter(Boolean).join(" · ") || "—"}</Td>
            <Td label={columns.status}>{t(`status.${scheme.status}`)}</Td>
            <Td label={columns.beneficiaries} className="text-right tabular-nums">
              {scheme.effectiveCoverage === null ? "—" : t("perYear", { value: format.number(scheme.effectiveCoverage), year: String(scheme.coverageYear ?? "—") })}
            </Td>
            <Td label={columns.expenditure} className="text-right">
              {scheme.expenditureAmount && scheme.expenditureCurrency ? (
                <>
                  <Money amount={scheme.expenditureAmount} currency={scheme.expenditureCurrency} /> {scheme.expenditureYear ? `(${scheme.expenditureYear})` : null}
                </>
              ) : (
                "—"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
