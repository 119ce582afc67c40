/** What the scheme tests share: the people they act as, a scheme as a form sends it, and the database's fingerprint. */
import { databaseFingerprint } from "@/db/fingerprint";
import { createPerson, type FileDatabase } from "@/lib/testing/database";

/** Mozambique's working group (two members), a Togo member, a coordinator, a reviewer and an ILO adviser. */
export async function createSchemeCast(database: FileDatabase) {
  return {
    mozambique: await createPerson(database, { role: "working_group_member", countryCode: "MZ", name: "Amélia Machava" }),
    mozambiqueColleague: await createPerson(database, { role: "working_group_member", countryCode: "MZ", name: "Tomás Cossa" }),
    togo: await createPerson(database, { role: "working_group_member", countryCode: "TG" }),
    coordinator: await createPerson(database, { role: "coordinator", name: "Camille Coordinator" }),
    reviewer: await createPerson(database, { role: "reviewer" }),
    adviser: await createPerson(database, { role: "agency_adviser", agencyAcronym: "ILO" }),
  };
}

/** A scheme of Mozambique's inventory as its form sends it: strings, spaces grouping thousands, a lower-case currency. Figures are invented. */
export function cashTransfer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    countryCode: "MZ",
    nationalName: "Programa Subsídio Social Básico",
    englishName: "Basic Social Subsidy Programme",
    guarantees: ["older_persons", "active_age"],
    contribution: "non_contributory",
    kind: "social_assistance",
    legalBasis: "Decreto n.º 52/2011",
    legalBasisUrl: "https://example.org/decreto-52-2011",
    institution: "Instituto Nacional de Acção Social",
    targetGroup: "Older persons and persons with disabilities in poor households",
    eligibility: "Means-tested; no other pension",
    benefitForm: "cash",
    benefitAmount: "1 000.50",
    benefitCurrency: "mzn",
    benefitFrequency: "monthly",
    status: "in_force",
    startedOn: "2011-01-01",
    endedOn: "",
    legalCoverage: "600 000",
    effectiveCoverage: "540000",
    coverageYear: "2024",
    coverageSource: "Annual report",
    expenditureAmount: "4500000000",
    expenditureCurrency: "MZN",
    expenditureYear: "2024",
    expenditureSource: "State budget",
    financing: ["tax", "external"],
    ...overrides,
  };
}

/** The fingerprint of every table: equal before and after means a refused write changed nothing. */
export const fingerprintOf = (database: FileDatabase) => databaseFingerprint(database.db);
