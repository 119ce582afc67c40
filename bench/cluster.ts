/**
 * Several servers: N `next start` instances of the one build, on one throwaway PostgreSQL database, with the same
 * secrets, behind HAProxy (round robin, no stickiness, health check on /api/health). Checks, from outside, what
 * must hold across instances (docs/scaling.md):
 *   - a session made through the balancer works on each instance directly;
 *   - a sign-in limit reached by failures spread over the instances holds on all of them;
 *   - an Idempotency-Key replayed on another instance answers the first response and writes once (also when both
 *     arrive at once);
 *   - an evidence file uploaded through one instance's form (read from another instance's page) is served by every one;
 *   - under a mixed load through the balancer, one instance is killed (SIGKILL): the others keep serving (errors only
 *     in a bounded window after the kill, counted), it is restarted and the balancer sends it requests again;
 *   - report reminders, their notification mails and webhook deliveries go out exactly once with every instance
 *     running its schedulers (a real SMTP receiver and a Standard Webhooks receiver from lib/testing);
 *   - every write any instance acknowledged is in the database at the end.
 * The checks across instances are in bench/lib/cluster-shared-state.ts and cluster-schedulers.ts, what they share in
 * cluster-run.ts. Prints the figures and exits non-zero on any failure.
 *
 *   npm run build && BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:cluster
 *   CLUSTER_INSTANCES=3 CLUSTER_SECONDS=60 CLUSTER_CONNECTIONS=50       (the defaults: 2 instances, 60 s, 50)
 *   CLUSTER_SECONDS=20 CLUSTER_CONNECTIONS=10                            (CI's short form)
 */
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { startMailCatcher } from "../lib/testing/mail";
import { startWebhookReceiver } from "../lib/testing/webhook-receiver";
import { type ClusterRun, milestoneBody, seconds1, sleep, type Target, waitFor } from "./lib/cluster-run";
import { checkSchedulers } from "./lib/cluster-schedulers";
import { checkSharedState } from "./lib/cluster-shared-state";
import { type Balancer, startHaproxy } from "./lib/haproxy";
import { createPerson, root, type Server, type ServerOptions, signIn, startServer } from "./lib/server";
import { percentile } from "./lib/timing";

const serverUrl = process.env.BENCH_POSTGRES_URL;
if (!serverUrl) {
  console.error("bench:cluster runs on PostgreSQL: set BENCH_POSTGRES_URL (postgres://user@host:port/postgres).");
  process.exit(2);
}
const instanceCount = Number(process.env.CLUSTER_INSTANCES ?? 2);
const seconds = Number(process.env.CLUSTER_SECONDS ?? 60);
const connections = Number(process.env.CLUSTER_CONNECTIONS ?? 50);
const basePort = Number(process.env.CLUSTER_PORT ?? 3970);
/** How long after the kill requests may still fail: the balancer's check must have left the instance out by then. */
const errorWindowSeconds = Number(process.env.CLUSTER_ERROR_WINDOW_SECONDS ?? 10);
const webhookEvents = Number(process.env.CLUSTER_WEBHOOK_EVENTS ?? 40);
const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);
if (!(instanceCount >= 2)) throw new Error("CLUSTER_INSTANCES must be 2 or more.");

/** Short intervals so the schedulers race within the run; each instance runs all three. */
const schedulerIntervals = { reminders: 10, notificationMails: 5, webhooks: 2 };

const failures: string[] = [];
const check = (holds: boolean, what: string) => {
  if (!holds) failures.push(what);
  return holds;
};
const stamp = Date.now().toString(36);


const databaseName = `cluster_bench_${Date.now()}`;
const databaseUrl = await createDatabase(serverUrl, databaseName);
// One connection: the sampling below counts every other connection to the database as an instance's.
const database = new pg.Pool({ connectionString: databaseUrl, max: 1 });
const query = async <Row>(text: string, values: unknown[] = []) => (await database.query(text, values)).rows as Row[];

const mail = await startMailCatcher();
const receiver = await startWebhookReceiver();
const dataRoot = path.join(root, "bench", ".data", "cluster");
fs.rmSync(dataRoot, { recursive: true, force: true });

const balancerPort = basePort;
const statsPort = basePort + 1;
const balancerUrl = `http://127.0.0.1:${balancerPort}`;
// One secret for all, as an operator sets it; each instance keeps its own data folder, as on its own machine.
const sharedEnv = {
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  SMTP_URL: mail.smtpUrl,
  MAIL_FROM: "Socle <socle@example.org>",
  SOCLE_TRUSTED_PROXIES: "127.0.0.1, ::1",
  DATABASE_POOL_SIZE: String(poolSize),
  SOCLE_REMINDER_INTERVAL_SECONDS: String(schedulerIntervals.reminders),
  SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS: String(schedulerIntervals.notificationMails),
  SOCLE_WEBHOOK_INTERVAL_SECONDS: String(schedulerIntervals.webhooks),
  SOCLE_WEBHOOK_ALLOW_PRIVATE: "true",
};
const instanceOptions = (index: number): ServerOptions => ({
  port: basePort + 2 + index,
  dataDir: path.join(dataRoot, `instance-${index + 1}`),
  databaseUrl,
  testSupport: true,
  publicUrl: balancerUrl,
  env: sharedEnv,
});
const instanceName = (index: number) => `socle${index + 1}`;

const instances: Server[] = [];
let balancer: Balancer | undefined;
const acknowledged: string[] = [];
const figures: [string, string][] = [];
const figure = (name: string, value: string | number) => figures.push([name, String(value)]);

const stateOf = async (index: number) => (await balancer!.backends()).find((backend) => backend.name === instanceName(index))!;

try {
  // Every instance at once on a new database: one migrates and seeds, the others wait for it (advisory locks).
  const startedAt = Date.now();
  const started = await Promise.allSettled(Array.from({ length: instanceCount }, (_, index) => startServer(instanceOptions(index))));
  for (const outcome of started) if (outcome.status === "fulfilled") instances.push(outcome.value);
  const refused = started.find((outcome) => outcome.status === "rejected");
  if (refused) throw refused.reason;
  figure("instances started together on a new database (s)", seconds1(Date.now() - startedAt));
  balancer = await startHaproxy({
    port: balancerPort,
    statsPort,
    backends: instances.map((_, index) => ({ name: instanceName(index), port: instanceOptions(index).port })),
  });
  await waitFor("every instance UP in the balancer", async () => (await balancer!.backends()).every((backend) => backend.status === "UP"), 30_000);

  // ---- sessions: signed in through the balancer, used on each instance directly.
  const people = [];
  for (let index = 0; index < connections; index++) people.push(await createPerson(balancer, { role: "coordinator" }));
  const cookies: string[] = [];
  for (const person of people) cookies.push(await signIn(balancer, person.email, person.password));
  let sessionsOk = 0;
  for (const [index, person] of people.entries()) {
    for (const instance of instances) {
      const session = (await (await fetch(`${instance.url}/api/auth/session`, { headers: { cookie: cookies[index]! } })).json()) as { user?: { email?: string } };
      const page = await fetch(`${instance.url}/countries`, { headers: { cookie: cookies[index]! }, redirect: "manual" });
      await page.arrayBuffer();
      if (check(session.user?.email === person.email && page.status === 200, `${person.email}'s session (made through the balancer) on ${instance.url}: ${page.status}`)) sessionsOk++;
    }
  }
  figure("sessions made through the balancer that worked on each instance", `${sessionsOk} of ${people.length * instances.length}`);

  const coordinator = cookies[0]!;
  const countries = (await (await fetch(`${balancerUrl}/api/v1/countries?limit=200`, { headers: { cookie: coordinator } })).json()) as { data: { code: string }[] };
  const targets: Target[] = [];
  for (const { code } of countries.data) {
    const country = (await (await fetch(`${balancerUrl}/api/v1/countries/${code}`, { headers: { cookie: coordinator } })).json()) as { data: { steps: { id: string }[] } };
    for (const step of country.data.steps) targets.push({ code, stepId: step.id });
  }
  const run: ClusterRun = { check, figure, query, acknowledged, stamp, balancer, balancerUrl, instances, coordinator, targets };
  await checkSharedState(run);

  // ---- load through the balancer; one instance killed and restarted in the middle.
  const victim = instances.length - 1;
  const latencies: number[] = [];
  const failed: { at: number; status: number }[] = [];
  let written = 0;
  const requestsFor = (cookie: string): autocannon.Request[] => [
    { method: "GET", path: "/countries", headers: { cookie } },
    { method: "GET", path: "/api/v1/countries?limit=20", headers: { cookie } },
    {
      method: "POST",
      headers: { cookie, origin: balancerUrl, "content-type": "application/json" },
      setupRequest: (request) => {
        const target = targets[written % targets.length]!;
        written++;
        // As an API client should: a key per create, so that the balancer may send it again to another instance when
        // the one it reached dies before answering (bench/lib/haproxy.ts).
        return {
          ...request,
          headers: { ...request.headers, "idempotency-key": randomUUID() },
          path: `/api/v1/countries/${target.code}/milestones`,
          body: milestoneBody(target, `Cluster load milestone ${written}`),
        };
      },
      onResponse: (status, body) => {
        if (status === 201) acknowledged.push((JSON.parse(body) as { data: { id: string } }).data.id);
      },
    },
  ];
  const servedBefore = await balancer.backends();
  let clientNumber = 0;
  let finish!: (value: autocannon.Result) => void;
  let fail!: (error: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const loadStarted = Date.now();
  const load = autocannon(
    {
      url: balancerUrl,
      connections,
      // Stopped below, once the restarted instance has served again for a while.
      duration: seconds + 300,
      requests: requestsFor(cookies[0]!),
      setupClient: (client) => client.setRequests(requestsFor(cookies[clientNumber++ % cookies.length]!)),
    },
    (error, outcome) => (error ? fail(error) : finish(outcome)),
  );
  load.on("response", (_client, status, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (status < 200 || status >= 300) failed.push({ at: Date.now(), status });
  });
  load.on("reqError", () => failed.push({ at: Date.now(), status: 0 }));

  // How many of the instances' connections are open, and busy, while the load runs (docs/scaling.md's pool sizes).
  const pool = { open: 0, busy: 0 };
  const sampling = setInterval(() => {
    query<{ open: number; busy: number }>(
      "select count(*)::int as open, count(*) filter (where state = 'active')::int as busy from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
    )
      .then(([row]) => {
        pool.open = Math.max(pool.open, row!.open);
        pool.busy = Math.max(pool.busy, row!.busy);
      })
      .catch(() => undefined);
  }, 100);
  let result: autocannon.Result;
  const timeline: Record<string, number> = {};
  try {
    await sleep(seconds * 300);
    const servedAtKill = await balancer.backends();
    timeline.kill = Date.now();
    await instances[victim]!.stop("SIGKILL");
    await waitFor("the balancer to leave the killed instance out", async () => (await stateOf(victim)).status.startsWith("DOWN"), 30_000, 100);
    timeline.down = Date.now();
    // The others alone for a moment, then the killed one is started again on its folder and port.
    await sleep(Math.min(3000, seconds * 50));
    timeline.restart = Date.now();
    instances[victim] = await startServer(instanceOptions(victim));
    timeline.healthy = Date.now();
    await waitFor("the balancer to take the restarted instance back", async () => (await stateOf(victim)).status === "UP", 60_000, 100);
    timeline.up = Date.now();
    const servedAtRejoin = await balancer.backends();
    const others = servedAtRejoin.filter((_, index) => index !== victim);
    const othersAtKill = servedAtKill.filter((_, index) => index !== victim);
    const servedByOthers = others.reduce((sum, backend, index) => sum + backend.served - othersAtKill[index]!.served, 0);
    figure("requests/s served by the others while one was down (kill to rejoin)", Math.round(servedByOthers / ((timeline.up - timeline.kill) / 1000)));
    // Keep the load on until the run's length and a while after the rejoin, to see the instance serve again.
    const after = Math.max(3000, seconds * 150);
    await sleep(Math.max(loadStarted + seconds * 1000 - Date.now(), timeline.up + after - Date.now(), 0));
    timeline.end = Date.now();
    const servedAtEnd = await stateOf(victim);
    const rejoined = servedAtEnd.served - servedAtRejoin[victim]!.served;
    check(rejoined > 0, "the restarted instance got no request from the balancer after rejoining");
    figure("requests the restarted instance served after rejoining", `${rejoined} in ${seconds1(timeline.end - timeline.up)} s`);
  } finally {
    load.stop();
    result = await finished;
    clearInterval(sampling);
  }
  const servedAfter = await balancer.backends();
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const before = failed.filter((error) => error.at < timeline.kill!);
  const windowEnd = timeline.kill! + errorWindowSeconds * 1000;
  const late = failed.filter((error) => error.at > windowEnd);
  const inWindow = failed.filter((error) => error.at >= timeline.kill! && error.at <= windowEnd);
  // autocannon counts a timeout among its errors too.
  const allErrors = result.errors + result.non2xx;
  check(before.length === 0, `${before.length} request(s) failed before the kill`);
  check(late.length === 0, `${late.length} request(s) failed more than ${errorWindowSeconds} s after the kill (statuses ${[...new Set(late.map((error) => error.status))].join(", ")})`);
  check(allErrors === failed.length, `autocannon counted ${allErrors} errors, the run saw ${failed.length}`);
  figure(`load: ${connections} connections through the balancer`, `${Math.round(result.requests.total / loadSeconds)} req/s over ${loadSeconds.toFixed(0)} s; p50 ${Math.round(percentile(latencies, 0.5))} ms, p95 ${Math.round(percentile(latencies, 0.95))} ms, p99 ${Math.round(percentile(latencies, 0.99))} ms`);
  figure(
    "requests per instance (balancer's count)",
    servedAfter.map((backend, index) => `${backend.name} ${backend.served - servedBefore[index]!.served}`).join(", "),
  );
  figure(`database connections during the load, at most (pool ${poolSize} × ${instances.length} instances)`, `${pool.open} open, ${pool.busy} running a statement`);
  figure("kill → balancer left it out (s)", seconds1(timeline.down! - timeline.kill!));
  figure("restart → healthy → balancer took it back (s)", `${seconds1(timeline.healthy! - timeline.restart!)} → ${seconds1(timeline.up! - timeline.healthy!)}`);
  figure(
    "failed requests",
    `${failed.length} (${inWindow.length} within ${errorWindowSeconds} s of the kill${inWindow.length ? `, the last ${seconds1(Math.max(...inWindow.map((error) => error.at)) - timeline.kill!)} s after it` : ""}; statuses ${[...new Set(failed.map((error) => error.status || "connection error"))].join(", ") || "none"})`,
  );

  await checkSchedulers(run, { mail, receiver, intervals: schedulerIntervals, webhookEvents, countryCodes: countries.data.map((country) => country.code) });
} catch (error) {
  failures.push(`the run stopped: ${error instanceof Error ? error.message : String(error)}`);
  for (const [index, instance] of instances.entries()) if (instance) console.error(`--- ${instanceName(index)} said:\n${instance.output().slice(-3000)}`);
} finally {
  await balancer?.stop();
  await Promise.all(instances.map((instance) => instance?.stop("SIGTERM")));
  await mail.close();
  await receiver.close();
}

// Every write an instance acknowledged, looked for once they have all stopped.
let found = 0;
for (let start = 0; start < acknowledged.length; start += 1000) {
  const ids = acknowledged.slice(start, start + 1000);
  found += (await query<{ count: number }>("select count(*)::int as count from milestones where id = any($1::uuid[])", [ids]))[0]!.count;
}
check(found === acknowledged.length, `${acknowledged.length - found} acknowledged write(s) missing from the database`);
figure("acknowledged writes found in the database", `${found} of ${acknowledged.length}`);
await database.end();
await dropDatabase(serverUrl, databaseName);
fs.rmSync(dataRoot, { recursive: true, force: true });

console.log(`\ncluster: ${instanceCount} instances of one build behind HAProxy (round robin, no stickiness), PostgreSQL, pool ${poolSize} per instance`);
const width = Math.max(...figures.map(([name]) => name.length));
for (const [name, value] of figures) console.log(`  ${name.padEnd(width)}  ${value}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} failure(s):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log("\nEvery check held.");
