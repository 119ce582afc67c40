/** Example rows for the import template: a technical entry, and a financial entry with its commitment and disbursement. */
import { blankRow, type ExchangeRow } from "./exchange-format";

export function templateRows(agencyAcronym: string): ExchangeRow[] {
  const base = { ...blankRow(), agency: agencyAcronym, country: "MZ" };
  return [
    {
      ...base,
      record: "entry",
      reference: `${agencyAcronym}-MZ-2026-001`,
      step: "assessment",
      kind: "technical",
      title: "Rapid Assessment Protocol (RAP)",
      description: "Assessment-based national dialogue on the coverage gaps",
      technical_category: "needs_assessment",
      status: "ongoing",
      start_date: "2026-02-01",
      end_date: "2026-09-30",
      deliverables: "RAP report; validation workshop",
    },
    {
      ...base,
      record: "entry",
      reference: `${agencyAcronym}-MZ-2026-002`,
      step: "costing_financing",
      kind: "financial",
      title: "Costing and fiscal space study",
      technical_category: "costing_modelling",
      status: "planned",
      start_date: "2026-03-01",
      amount: "150000",
      currency: "USD",
      funding_source: "donor",
      funding_donor: "Government of Sweden",
    },
    {
      ...base,
      record: "transaction",
      reference: `${agencyAcronym}-MZ-2026-002`,
      currency: "USD",
      transaction_type: "committed",
      transaction_date: "2026-03-15",
      transaction_amount: "150000",
    },
    {
      ...base,
      record: "transaction",
      reference: `${agencyAcronym}-MZ-2026-002`,
      currency: "USD",
      transaction_type: "disbursed",
      transaction_date: "2026-04-30",
      transaction_amount: "50000",
    },
  ];
}
