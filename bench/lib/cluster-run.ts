/**
 * What bench:cluster's checks share (bench/cluster.ts): how a check and a figure are recorded, the run's database
 * and people, and the writes an instance acknowledged, looked for at the end.
 */
import type { Balancer } from "./haproxy";
import type { Server } from "./server";

export type Target = { code: string; stepId: string };

export type ClusterRun = {
  /** Records a failure unless `holds`; says whether it held. */
  check: (holds: boolean, what: string) => boolean;
  figure: (name: string, value: string | number) => void;
  /** A statement on the run's database, through a connection of its own. */
  query: <Row>(text: string, values?: unknown[]) => Promise<Row[]>;
  /** Ids of the milestones an instance acknowledged writing. */
  acknowledged: string[];
  /** Unique to the run, in titles and keys. */
  stamp: string;
  balancer: Balancer;
  balancerUrl: string;
  instances: Server[];
  /** A coordinator's session cookie, made through the balancer. */
  coordinator: string;
  /** Every country step, to write milestones on. */
  targets: Target[];
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const seconds1 = (ms: number) => (ms / 1000).toFixed(1);

export async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number, everyMs = 200): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${seconds1(timeoutMs)} s waiting for ${what}`);
    await sleep(everyMs);
  }
  return Date.now() - started;
}

export const milestoneBody = (target: Target, title: string) =>
  JSON.stringify({ countryStepId: target.stepId, title, occurredOn: "2026-01-15", description: "Written by bench:cluster." });

/** A milestone logged through the API as the coordinator, on the instance or balancer at `base`. */
export const postMilestone = (run: ClusterRun, base: string, target: Target, title: string, extra: Record<string, string> = {}) =>
  fetch(`${base}/api/v1/countries/${target.code}/milestones`, {
    method: "POST",
    // The API takes a session's writes from the origin it was sent to only (decision 300).
    headers: { cookie: run.coordinator, origin: base, "content-type": "application/json", ...extra },
    body: milestoneBody(target, title),
  });

export const countTitled = async (run: ClusterRun, title: string) =>
  (await run.query<{ count: number }>("select count(*)::int as count from milestones where title = $1", [title]))[0]!.count;
