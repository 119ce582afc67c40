/**
 * What a need's "answer with" list offers on a country's support page: the entries given for the need's own step
 * and those tied to no step, not those already answering it. An entry given for another step answers the need from
 * its own page, whose list holds the country's needs (a few), so every link stays one form away; the support page
 * itself stays the size of its steps, not of the country's entries times its needs (issue 24).
 */
type Candidate = { id: string; countryStepId: string | null };

export function answerCandidates<Entry extends Candidate>(
  need: { countryStepId: string; answers: { supportEntryId: string }[] },
  entries: readonly Entry[],
): { candidates: Entry[]; otherSteps: number } {
  const answering = new Set(need.answers.map((answer) => answer.supportEntryId));
  const candidates: Entry[] = [];
  let otherSteps = 0;
  for (const entry of entries) {
    if (answering.has(entry.id)) continue;
    if (entry.countryStepId === null || entry.countryStepId === need.countryStepId) candidates.push(entry);
    else otherSteps += 1;
  }
  return { candidates, otherSteps };
}
