/**
 * Each route alone under a closed loop: how many requests a second the server gives for one kind of request, as a
 * signed-in coordinator on a fresh database (PGlite, or PostgreSQL with BENCH_POSTGRES_URL). Where bench:load
 * measures the mix, this says what each kind costs of the server's thread (1000 ÷ req/s ms, one connection's worth
 * of work at a time on one core). `BENCH_CPU_PROF_DIR=…` profiles the server.
 *
 *   npm run build && npm run bench:routes
 *   ROUTES_LIST=/search,/countries ROUTES_SECONDS=15 ROUTES_CONNECTIONS=10 npm run bench:routes
 */
import fs from "node:fs";
import path from "node:path";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { closedLoop } from "./lib/closed-loop";
import { createPerson, root, signIn, startServer } from "./lib/server";

const routes = (process.env.ROUTES_LIST ?? "/api/health,/api/v1/countries?limit=20,/search,/countries,/costing").split(",");
const seconds = Number(process.env.ROUTES_SECONDS ?? 10);
const connections = Number(process.env.ROUTES_CONNECTIONS ?? 10);
const serverUrl = process.env.BENCH_POSTGRES_URL;

const dataDir = path.join(root, "bench", ".data", "routes");
fs.rmSync(dataDir, { recursive: true, force: true });
const name = `socle_bench_routes_${Date.now()}`;
const databaseUrl = serverUrl ? await createDatabase(serverUrl, name) : undefined;
const server = await startServer({ port: Number(process.env.ROUTES_PORT ?? 3977), dataDir, databaseUrl, testSupport: true });
try {
  const person = await createPerson(server, { role: "coordinator" });
  const cookie = await signIn(server, person.email, person.password);
  const alone = (route: string, duration: number) =>
    closedLoop({ url: server.url, connections, seconds: duration, cookies: [cookie], requests: (cookie) => [{ method: "GET", path: route, headers: { cookie } }] });
  console.log(`each route alone: ${connections} connections, ${seconds} s, ${serverUrl ? "PostgreSQL" : "PGlite"}`);
  console.log(`${"route".padEnd(32)} ${"req/s".padStart(7)} ${"ms each".padStart(8)} ${"p50 ms".padStart(7)} ${"kB".padStart(6)} errors`);
  for (const route of routes) {
    await alone(route, 3); // warm-up
    const { requestsPerSecond, p50, bytesPerRequest, errors } = await alone(route, seconds);
    console.log(
      `${route.padEnd(32)} ${requestsPerSecond.toFixed(0).padStart(7)} ${(1000 / requestsPerSecond).toFixed(1).padStart(8)} ${p50.toFixed(0).padStart(7)} ${(bytesPerRequest / 1024).toFixed(1).padStart(6)} ${errors}`,
    );
    if (errors) process.exitCode = 1;
  }
} finally {
  await server.stop("SIGTERM");
  if (serverUrl) await dropDatabase(serverUrl, name);
}
