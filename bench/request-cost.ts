/**
 * Request cost: for each role (and a person without one, and nobody signed in), the most expensive request it may
 * send to each server action by construction (bench/lib/costly-requests.ts: the last row number, the most fields,
 * the deepest names, the largest upload, and each just past its limit), plus the costliest queries and JSON bodies
 * of a few routes. Each must answer within REQUEST_BOUND_MS without a 5xx, while another client's cheap GET keeps
 * its latency (p99 within CHEAP_BOUND_MS). Prints the slowest per role and kind; exits non-zero when a bound is broken.
 *
 *   npm run build && npm run bench:request-cost
 *   COST_ROLES=reviewer,anonymous npm run bench:request-cost        (some roles only; each role takes a few minutes,
 *                                                                    most of it encoding its 45 MB bodies)
 */
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { actionFormsIn, anonymousUpload, type CostlyRequest, costlyRequestsFor, type PageForm, toFormData } from "./lib/costly-requests";
import { createPerson, root, type Server, signIn, startServer } from "./lib/server";
import { percentile } from "./lib/timing";

const port = Number(process.env.COST_PORT ?? 3962);
/** A costly request is answered (accepted or refused) within this; a 52 MB upload over loopback included. */
const requestBoundMs = Number(process.env.REQUEST_BOUND_MS ?? 3000);
/** Another client's cheap GET while the costly requests run. */
const cheapBoundMs = Number(process.env.CHEAP_BOUND_MS ?? 250);
const roles = [
  { label: "coordinator", spec: { role: "coordinator" } },
  { label: "working_group_member", spec: { role: "working_group_member", countryCode: "BJ" } },
  { label: "agency_adviser", spec: { role: "agency_adviser", agencyAcronym: "UNICEF" } },
  { label: "reviewer", spec: { role: "reviewer" } },
  { label: "no role", spec: { role: null } },
  { label: "anonymous", spec: null },
].filter(({ label }) => !process.env.COST_ROLES || process.env.COST_ROLES.split(",").includes(label));

type Outcome = { role: string; kind: string; target: string; status: number; milliseconds: number };

/**
 * Another client: a cheap GET in a loop, each on a connection of its own as another person's browser would send it,
 * from a thread of its own, so that encoding a 45 MB body here never delays it. Its latencies are kept.
 */
const otherClientLoop = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
let running = true;
parentPort.on("message", () => (running = false));
(async () => {
  while (running) {
    const start = performance.now();
    await new Promise((resolve) => http.get(workerData, { agent: false }, (response) => response.resume().on("end", resolve)).on("error", resolve));
    parentPort.postMessage(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  parentPort.close();
})();`;

function otherClient(server: Server) {
  const samples: { milliseconds: number }[] = [];
  const worker = new Worker(otherClientLoop, { eval: true, workerData: `${server.url}/api/health` });
  worker.on("message", (milliseconds: number) => samples.push({ milliseconds }));
  const ended = new Promise((resolve) => worker.once("exit", resolve));
  return { samples, stop: async () => (worker.postMessage("stop"), await ended) };
}

async function timed(send: () => Promise<Response>): Promise<{ status: number; milliseconds: number }> {
  const start = performance.now();
  try {
    const response = await send();
    await response.arrayBuffer();
    return { status: response.status, milliseconds: performance.now() - start };
  } catch {
    return { status: 0, milliseconds: performance.now() - start }; // the server closed the connection
  }
}

/** The server-action forms of the pages a coordinator sees (a coordinator is shown every form), once per action. */
async function actionForms(server: Server, cookie: string): Promise<PageForm[]> {
  const get = (pagePath: string) => fetch(`${server.url}${pagePath}`, { headers: { cookie } });
  const country = await (await get("/countries/BJ")).text();
  const stepPath = /href="(\/countries\/BJ\/steps\/[0-9a-f-]{36})"/.exec(country)?.[1];
  const pages = ["/countries/BJ", stepPath, "/support/new?country=BJ", "/support/import", "/library/new", "/admin/framework", "/admin/countries/new", "/countries/BJ/trainings/new", "/countries/BJ/support/needs/new", "/profile", "/notifications"];
  const seen = new Set<string>();
  const forms: PageForm[] = [];
  for (const pagePath of pages.filter((page): page is string => Boolean(page))) {
    const response = await get(pagePath);
    if (response.status !== 200) continue;
    for (const form of actionFormsIn(await response.text(), pagePath)) {
      const key = form.fields.filter(([name]) => name.startsWith("$ACTION")).map((field) => field.join("=")).join("&");
      if (seen.has(key)) continue;
      seen.add(key);
      forms.push(form);
    }
  }
  return forms;
}

/** The costliest queries and JSON bodies of a few routes: long search terms, the largest page, a 1 MB JSON body. */
function routeRequests(server: Server, cookie: string | undefined): { kind: string; target: string; send: () => Promise<Response> }[] {
  const headers = { ...(cookie ? { cookie } : {}), origin: server.url };
  const manyLinks = JSON.stringify({ countryStepId: "00000000-0000-0000-0000-000000000000", title: "x", occurredOn: "2025-01-01", links: Array.from({ length: 60_000 }, () => ({ url: "https://a.org" })) });
  return [
    { kind: "longest search", target: "/search", send: () => fetch(`${server.url}/search?q=${"social ".repeat(1000)}`, { headers }) },
    { kind: "largest page", target: "/api/v1/countries", send: () => fetch(`${server.url}/api/v1/countries?limit=100000000&offset=100000000`, { headers }) },
    { kind: "matrix as of long ago", target: "/matrix", send: () => fetch(`${server.url}/matrix?asOf=2000-01-01&stale=3650`, { headers }) },
    { kind: "JSON body near 1 MB", target: "/api/v1/countries/BJ/milestones", send: () => fetch(`${server.url}/api/v1/countries/BJ/milestones`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: manyLinks.slice(0, 1024 * 1024 - 10).replace(/,[^,]*$/, "]}") }) },
  ];
}

async function run(): Promise<boolean> {
  const dataDir = path.join(root, "bench", ".data", "request-cost");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({ port, dataDir, testSupport: true });
  const outcomes: Outcome[] = [];
  let cheap: ReturnType<typeof otherClient> | undefined;
  try {
    const coordinator = await createPerson(server, { role: "coordinator" });
    const forms = await actionForms(server, await signIn(server, coordinator.email, coordinator.password));
    const baseline = otherClient(server);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await baseline.stop();
    cheap = otherClient(server);
    for (const { label, spec } of roles) {
      const person = spec ? await createPerson(server, spec) : null;
      const cookie = person ? await signIn(server, person.email, person.password) : undefined;
      // Encoded before the clock starts: only the server's time is measured.
      const post = async (form: PageForm, request: CostlyRequest) => {
        const encoded = new Response(toFormData(request.parts));
        const [body, type] = [await encoded.arrayBuffer(), encoded.headers.get("content-type")!];
        return () =>
          fetch(`${server.url}${form.path}`, { method: "POST", redirect: "manual", headers: { ...(cookie ? { cookie } : {}), origin: server.url, "content-type": type }, body });
      };
      for (const form of forms) {
        const requests = [...costlyRequestsFor(form, { uploads: Boolean(cookie) }), ...(cookie ? [] : [anonymousUpload(form)])];
        for (const request of requests) outcomes.push({ role: label, kind: request.name, target: form.path, ...(await timed(await post(form, request))) });
      }
      for (const route of routeRequests(server, cookie)) outcomes.push({ role: label, kind: route.kind, target: route.target, ...(await timed(route.send)) });
    }
    await cheap.stop();
    return report(outcomes, baseline.samples, cheap.samples, forms.length);
  } finally {
    await cheap?.stop();
    await server.stop("SIGTERM");
  }
}

function report(outcomes: Outcome[], baseline: { milliseconds: number }[], during: { milliseconds: number }[], formCount: number): boolean {
  console.log(`request cost: ${formCount} server-action forms, ${outcomes.length} costly requests; bound ${requestBoundMs} ms each, other client's GET p99 ≤ ${cheapBoundMs} ms`);
  console.log("role".padEnd(22), "request".padEnd(32), "slowest ms".padStart(10), "at".padEnd(34), "statuses");
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) groups.set(`${outcome.role}\u0000${outcome.kind}`, [...(groups.get(`${outcome.role}\u0000${outcome.kind}`) ?? []), outcome]);
  for (const [key, group] of groups) {
    const [role, kind] = key.split("\u0000");
    const slowest = group.reduce((a, b) => (b.milliseconds > a.milliseconds ? b : a));
    const statuses = [...new Set(group.map((outcome) => outcome.status))].sort().join(",");
    console.log(role!.padEnd(22), kind!.padEnd(32), slowest.milliseconds.toFixed(0).padStart(10), slowest.target.slice(0, 34).padEnd(34), statuses);
  }
  const cheapBefore = baseline.map((sample) => sample.milliseconds);
  const cheapDuring = during.map((sample) => sample.milliseconds);
  console.log(`other client's GET /api/health: alone p50 ${percentile(cheapBefore, 0.5).toFixed(1)} ms, p99 ${percentile(cheapBefore, 0.99).toFixed(1)} ms; during p50 ${percentile(cheapDuring, 0.5).toFixed(1)} ms, p99 ${percentile(cheapDuring, 0.99).toFixed(1)} ms, max ${percentile(cheapDuring, 1).toFixed(1)} ms (${cheapDuring.length} samples)`);
  const slow = outcomes.filter((outcome) => outcome.milliseconds > requestBoundMs);
  const failed = outcomes.filter((outcome) => outcome.status >= 500 || outcome.status === 0);
  for (const outcome of [...slow, ...failed]) console.error(`over bound or failed: ${outcome.role} ${outcome.kind} ${outcome.target} → ${outcome.status} in ${outcome.milliseconds.toFixed(0)} ms`);
  const cheapOk = percentile(cheapDuring, 0.99) <= cheapBoundMs;
  if (!cheapOk) console.error(`the other client's GET p99 went over ${cheapBoundMs} ms`);
  return slow.length === 0 && failed.length === 0 && cheapOk;
}

if (!(await run())) process.exit(1);
