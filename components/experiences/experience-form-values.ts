/** The values the experience form starts from: blank for a new write-up, or one language of a write-up as it stands (also after a conflict). */
import type { ExperienceView } from "@/lib/experiences/list-experiences";

type Contact = { name: string; organisation: string; email: string };

export type ExperienceFormValues = {
  experienceId?: string;
  version?: number | string;
  countryCode?: string;
  stepKey?: string;
  agencyId?: string;
  language: string;
  title: string;
  context: string;
  whatWasDone: string;
  whatWorked: string;
  whatToChange: string;
  contacts: Contact[];
  contactsConsent?: boolean | string;
};

const blankText = { title: "", context: "", whatWasDone: "", whatWorked: "", whatToChange: "" };

export function newExperienceFormValues(start: { countryCode: string; stepKey: string; agencyId: string; language: string }): ExperienceFormValues {
  return { ...start, ...blankText, contacts: [] };
}

export function experienceFormValues(experience: ExperienceView, language: string): ExperienceFormValues {
  const text = experience.texts.find((candidate) => candidate.language === language);
  return {
    experienceId: experience.id,
    version: experience.version,
    language,
    title: text?.title ?? "",
    context: text?.context ?? "",
    whatWasDone: text?.whatWasDone ?? "",
    whatWorked: text?.whatWorked ?? "",
    whatToChange: text?.whatToChange ?? "",
    contacts: experience.contacts,
    contactsConsent: experience.contacts.length > 0,
  };
}
