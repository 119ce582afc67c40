import { describe, expect, it } from "vitest";
import { answerCandidates } from "./answer-candidates";

const need = { countryStepId: "step-6", answers: [{ supportEntryId: "answering" }] };
const entries = [
  { id: "same-step", countryStepId: "step-6" },
  { id: "no-step", countryStepId: null },
  { id: "answering", countryStepId: "step-6" },
  { id: "other-step", countryStepId: "step-2" },
  { id: "other-step-2", countryStepId: "step-3" },
];

describe("answerCandidates", () => {
  it("offers the need's step's entries and those of no step, not those answering it, and counts the others", () => {
    const { candidates, otherSteps } = answerCandidates(need, entries);
    expect(candidates.map((entry) => entry.id)).toEqual(["same-step", "no-step"]);
    expect(otherSteps).toBe(2);
  });

  it("counts an entry of another step that already answers the need as neither", () => {
    const { candidates, otherSteps } = answerCandidates({ countryStepId: "step-6", answers: [{ supportEntryId: "other-step" }] }, entries);
    expect(candidates.map((entry) => entry.id)).toEqual(["same-step", "no-step", "answering"]);
    expect(otherSteps).toBe(1);
  });

  it("offers nothing when every entry answers the need already", () => {
    const answers = entries.map((entry) => ({ supportEntryId: entry.id }));
    expect(answerCandidates({ countryStepId: "step-6", answers }, entries)).toEqual({ candidates: [], otherSteps: 0 });
  });
});
