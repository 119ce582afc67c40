/** What the model says about the figures it could not cost, each kind of problem once with its years, in the reader's language. */
import { getTranslations } from "next-intl/server";
import type { CostingProblem } from "@/lib/costing/types";
import { distinctProblems } from "./figures";

export async function ProblemList({ rows }: { rows: { problems: CostingProblem[] }[] }) {
  const problems = distinctProblems(rows);
  if (problems.length === 0) return null;
  const t = await getTranslations("costingRules.problems");
  return (
    <ul className="mb-4 list-disc space-y-1 rounded border border-amber-300 bg-amber-50 py-2 pr-3 pl-7 text-sm text-amber-900">
      {problems.map((problem) => (
        <li key={problem.code}>{t(problem.code, { year: problem.years })}</li>
      ))}
    </ul>
  );
}
