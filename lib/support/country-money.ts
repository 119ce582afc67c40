/**
 * A country's money per step and in total, per currency, from what its pages read anyway: the funding needs (their
 * estimates) and the country's flows counted once (lib/funding/totals/, grouped by step and under "all"). Pure and
 * exact; no figure is read twice from the database (decision 2540).
 *
 * Per step and currency: what its funding needs estimate, what the entries serving the step (those targeting it and
 * those answering one of its needs) pledged, committed, disbursed and spent, and the gap, the estimate less the
 * commitments, never below zero. In total: the country's flows (each entry once, with a step or without), the sum
 * of the estimates, and the sum of the steps' gaps, so that one step's surplus never hides another step's gap.
 */
import { countedFlows } from "@/lib/funding/totals/counting";
import { type CurrencyTotals, Exact } from "@/lib/funding/totals/count-funding";

export type MoneyFigures = {
  currency: string;
  needed: string;
  pledged: string;
  committed: string;
  disbursed: string;
  spent: string;
  /** Needed minus committed, never below zero; in the totals, the sum of the steps' gaps. */
  gap: string;
};

/** A funding need as the sums read it. */
export type EstimatedNeed = { countryStepId: string; kind: string; estimateAmount: string | null; estimateCurrency: string | null };

const zero = new Exact(0);

type Sums = { needed: Exact; gap: Exact };

function figures(currency: string, sums: Sums, flows: CurrencyTotals | undefined): MoneyFigures {
  const flowFigures = Object.fromEntries(countedFlows.map((flow) => [flow, flows?.[flow] ?? "0"]));
  return { currency, needed: sums.needed.toFixed(), ...flowFigures, gap: sums.gap.toFixed() } as MoneyFigures;
}

const byCurrency = (a: MoneyFigures, b: MoneyFigures) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0);

/**
 * `flowsOf(group)` answers the counted flows per currency of a step (by its id) and of the whole country ("all");
 * `stepIds` names every step the flows serve (the needs name theirs). Answers each step's rows and the totals, by
 * currency.
 */
export function countryMoney(
  needs: readonly EstimatedNeed[],
  stepIds: Iterable<string>,
  flowsOf: (group: string) => readonly CurrencyTotals[],
): { byStep: Map<string, MoneyFigures[]>; totals: MoneyFigures[] } {
  const needed = new Map<string, Map<string, Exact>>();
  for (const need of needs) {
    if (need.kind !== "funding" || need.estimateAmount === null || need.estimateCurrency === null) continue;
    const ofStep = needed.get(need.countryStepId) ?? new Map<string, Exact>();
    needed.set(need.countryStepId, ofStep);
    ofStep.set(need.estimateCurrency, (ofStep.get(need.estimateCurrency) ?? zero).plus(need.estimateAmount));
  }

  const inTotal = new Map<string, Sums>();
  const byStep = new Map<string, MoneyFigures[]>();
  for (const stepId of new Set([...needed.keys(), ...stepIds])) {
    const stepNeeded = needed.get(stepId) ?? new Map<string, Exact>();
    const flows = new Map(flowsOf(stepId).map((sums) => [sums.currency, sums]));
    const rows: MoneyFigures[] = [];
    for (const currency of new Set([...stepNeeded.keys(), ...flows.keys()])) {
      const estimate = stepNeeded.get(currency) ?? zero;
      const committed = new Exact(flows.get(currency)?.committed ?? 0);
      const gap = estimate.gt(committed) ? estimate.minus(committed) : zero;
      rows.push(figures(currency, { needed: estimate, gap }, flows.get(currency)));
      const total = inTotal.get(currency) ?? { needed: zero, gap: zero };
      inTotal.set(currency, { needed: total.needed.plus(estimate), gap: total.gap.plus(gap) });
    }
    byStep.set(stepId, rows.sort(byCurrency));
  }

  const countryFlows = new Map(flowsOf("all").map((sums) => [sums.currency, sums]));
  const currencies = new Set([...inTotal.keys(), ...countryFlows.keys()]);
  const totals = [...currencies].map((currency) => figures(currency, inTotal.get(currency) ?? { needed: zero, gap: zero }, countryFlows.get(currency)));
  return { byStep, totals: totals.sort(byCurrency) };
}
