/** The add form's starting values: every text blank, the status most schemes have, shared with everyone signed in. */
import type { SchemeFormValues } from "./scheme-records";

export type SchemeFormStart = Omit<SchemeFormValues, "id" | "version" | "withdrawn" | "guarantees" | "financing"> & {
  id?: string;
  version?: number | string;
  guarantees: string[];
  financing: string[];
};

export const blankScheme: Omit<SchemeFormStart, "countryCode"> = {
  nationalName: "",
  englishName: "",
  guarantees: [],
  contribution: "",
  kind: "",
  legalBasis: "",
  legalBasisUrl: "",
  institution: "",
  targetGroup: "",
  eligibility: "",
  benefitForm: "",
  benefitAmount: "",
  benefitCurrency: "",
  benefitFrequency: "",
  status: "in_force",
  startedOn: "",
  endedOn: "",
  legalCoverage: "",
  effectiveCoverage: "",
  coverageYear: "",
  coverageSource: "",
  expenditureAmount: "",
  expenditureCurrency: "",
  expenditureYear: "",
  expenditureSource: "",
  financing: [],
  sharingLevel: "country",
};
