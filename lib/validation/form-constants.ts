/**
 * Numbers and lists the forms show, free of Zod: client components import them from here without pulling the
 * schemas into the page's first load (the schemas load when a form is first used; components/ui/action-form.tsx).
 */

export const minimumPasswordLength = 12;

/** Link rows a form offers; more links can be added to the milestone afterwards. */
export const linkRowsPerForm = 3;

/** Contact rows a form offers. */
export const contactRowsPerForm = 3;

/** Rows of participant counts a form offers (by the participants' own institution). */
export const participantRowsPerForm = 4;

/** IATI OrganisationType codes (government, NGOs, partnerships, multilaterals, academia, private sector…). */
export const iatiOrganisationTypes = ["10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"] as const;
