/** Everything the inventory knows of one scheme, in the form's sections; what is not known reads as a dash. */
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Money } from "@/components/support/money";
import { Card } from "@/components/ui/card";
import type { SchemeView } from "@/lib/assessment/list-schemes";

function Facts({ title, facts }: { title: string; facts: [string, ReactNode, "wide"?][] }) {
  return (
    <Card className="mb-4">
      <h2 className="mb-3 text-base font-semibold">{title}</h2>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([label, value, wide]) => (
          <div key={label} className={wide ? "sm:col-span-2" : undefined}>
            <dt className="text-slate-500">{label}</dt>
            <dd className="whitespace-pre-line">{value === null || value === undefined || value === "" ? "—" : value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export async function SchemeDetails({ scheme }: { scheme: SchemeView }) {
  const [t, tForm, format] = await Promise.all([getTranslations("schemes"), getTranslations("schemes.form"), getFormatter()]);
  const day = (value: string | null) => (value ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium" }) : null);
  const count = (value: number | null) => (value === null ? null : format.number(value));
  const money = (amount: string | null, currency: string | null) => (amount && currency ? <Money amount={amount} currency={currency} /> : null);
  return (
    <>
      <Facts
        title={t("sections.scheme")}
        facts={[
          [tForm("guarantees"), scheme.guarantees.map((guarantee) => t(`guarantee.${guarantee}`)).join(", ")],
          [tForm("contribution"), scheme.contribution && t(`contribution.${scheme.contribution}`)],
          [tForm("kind"), scheme.kind && t(`kind.${scheme.kind}`)],
          [tForm("status"), t(`status.${scheme.status}`)],
          [tForm("startedOn"), day(scheme.startedOn)],
          [tForm("endedOn"), day(scheme.endedOn)],
        ]}
      />
      <Facts
        title={t("sections.law")}
        facts={[
          [tForm("legalBasis"), scheme.legalBasisUrl ? <a href={scheme.legalBasisUrl} rel="noopener noreferrer">{scheme.legalBasis || scheme.legalBasisUrl}</a> : scheme.legalBasis, "wide"],
          [tForm("institution"), scheme.institution, "wide"],
          [tForm("targetGroup"), scheme.targetGroup, "wide"],
          [tForm("eligibility"), scheme.eligibility, "wide"],
        ]}
      />
      <Facts
        title={t("sections.benefit")}
        facts={[
          [tForm("benefitForm"), scheme.benefitForm && t(`benefitForm.${scheme.benefitForm}`)],
          [tForm("benefitAmount"), money(scheme.benefitAmount, scheme.benefitCurrency)],
          [tForm("frequency"), scheme.benefitFrequency && t(`frequency.${scheme.benefitFrequency}`)],
        ]}
      />
      <Facts
        title={t("sections.coverage")}
        facts={[
          [tForm("legalCoverage"), count(scheme.legalCoverage)],
          [tForm("effectiveCoverage"), count(scheme.effectiveCoverage)],
          [tForm("coverageYear"), scheme.coverageYear],
          [tForm("coverageSource"), scheme.coverageSource],
        ]}
      />
      <Facts
        title={t("sections.money")}
        facts={[
          [tForm("expenditureAmount"), money(scheme.expenditureAmount, scheme.expenditureCurrency)],
          [tForm("expenditureYear"), scheme.expenditureYear],
          [tForm("expenditureSource"), scheme.expenditureSource, "wide"],
          [tForm("financing"), scheme.financing.map((source) => t(`financing.${source}`)).join(", "), "wide"],
        ]}
      />
    </>
  );
}
