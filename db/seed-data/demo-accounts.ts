/** One demo account per role (and a second country and agency to show what others may not touch). */
import type { Role } from "../schema/values";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  countryCode?: string;
  agencyAcronym?: string;
};

/** Shared by every demo account; printed on start and in the README. Never use demo accounts with real data. */
export const demoPassword = "socle-demo-2026";

export const demoAccounts: DemoAccount[] = [
  { email: "coordinator@example.org", name: "Camille Coordinator", role: "coordinator" },
  { email: "benin@example.org", name: "Adjoa Benin Working Group", role: "working_group_member", countryCode: "BJ" },
  { email: "togo@example.org", name: "Kofi Togo Working Group", role: "working_group_member", countryCode: "TG" },
  {
    email: "mozambique@example.org",
    name: "Luísa Mozambique Working Group",
    role: "working_group_member",
    countryCode: "MZ",
  },
  { email: "unicef@example.org", name: "Ursula UNICEF Adviser", role: "agency_adviser", agencyAcronym: "UNICEF" },
  { email: "ilo@example.org", name: "Ines ILO Adviser", role: "agency_adviser", agencyAcronym: "ILO" },
  { email: "reviewer@example.org", name: "Rafael Reviewer", role: "reviewer" },
];
