/** The options of a select: a list of choices, with an optional first option for "none" or "any". */
export type Choice = { value: string; label: string; lang?: string };

export function Options({ choices, blank }: { choices: readonly Choice[]; blank?: string }) {
  return (
    <>
      {blank !== undefined ? <option value="">{blank}</option> : null}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value} lang={choice.lang}>
          {choice.label}
        </option>
      ))}
    </>
  );
}
