/**
 * What each main page adds over its SQL (issue 24: the page's server time ÷ the summed time of the same statements
 * sent alone, at most 2), on the large dataset (bench/lib/matrix-data.ts: 200 countries, 100,000 milestones, 50,000
 * support entries), signed in as a coordinator, on PGlite and on PostgreSQL when BENCH_POSTGRES_URL is set.
 *
 * 1. A database is migrated, seeded and filled, then served by `next start` with SOCLE_QUERY_LOG (db/engine.ts):
 *    each page is asked for twice, then once more, and the statements Drizzle sent during that last request are kept.
 * 2. The server starts again without the log, and each page is timed (the median of PAGES_RUNS, after two warm-ups).
 * 3. The server stops; each page's statements are sent again alone, one after another, through the same driver
 *    (PGlite's or `pg`), and timed the same way. The ratio is the page's median over its statements' median.
 *
 *   npm run build && npm run bench:page-sql
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres PAGES_ENGINES=postgres npm run bench:page-sql
 *   PAGES_SCALE=0.1 PAGES_RUNS=5 npm run bench:page-sql     (a tenth of the data, fewer runs)
 *   PAGES_KEEP=1 …      (keep the data folder or database and the statements recorded, to look into a page: EXPLAIN)
 */
import fs from "node:fs";
import path from "node:path";
import { type Engine, openPglite, openPostgres } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { fullSize, migrateSeedAndFill } from "./lib/matrix-data";
import { createPerson, root, type Server, signIn, startServer } from "./lib/server";
import { median, medianTime } from "./lib/timing";

const runs = Number(process.env.PAGES_RUNS ?? 9);
const scale = Number(process.env.PAGES_SCALE ?? 1);
const port = Number(process.env.PAGES_PORT ?? 3980);
const keep = process.env.PAGES_KEEP === "1";
const size = {
  ...fullSize,
  milestones: Math.round(fullSize.milestones * scale),
  supportEntries: Math.round(fullSize.supportEntries * scale),
  auditRowsPerMonth: Math.round(fullSize.auditRowsPerMonth * scale),
};
/** The main pages, as a coordinator reads them; "{step}" is Mozambique's first key step. */
const pages = (
  process.env.PAGES_ROUTES ??
  "/,/countries,/countries/MZ,/countries/MZ/steps/{step},/countries/MZ/support,/countries/MZ/timeline,/matrix,/support,/reports,/reports/countries/MZ,/results,/costing"
).split(",");
/** The background jobs' rounds would write their own statements into the log: once at start, then not for an hour. */
const quietJobs = {
  SOCLE_WEBHOOK_INTERVAL_SECONDS: "3600",
  SOCLE_REMINDER_INTERVAL_SECONDS: "3600",
  SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS: "3600",
};

type Statement = { query: string; params: unknown[] };
type PageFigures = { page: string; statements: number; server: number; sql: number; bytes: number; slowest?: { ms: number; query: string } };

/** Signs a new coordinator in and reads Mozambique's first step, so that "{step}" names a real page. */
async function signedIn(server: Server, person?: { email: string; password: string }) {
  const who = person ?? (await createPerson(server, { role: "coordinator" }));
  const cookie = await signIn(server, who.email, who.password);
  const country = (await (await fetch(`${server.url}/api/v1/countries/MZ`, { headers: { cookie } })).json()) as { data: { steps: { id: string }[] } };
  const open = async (page: string) => {
    const response = await fetch(`${server.url}${page.replace("{step}", country.data.steps[0]!.id)}`, { headers: { cookie }, redirect: "manual" });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    // PAGES_HTML_DIR=… keeps each page's HTML, to see what it carries.
    if (process.env.PAGES_HTML_DIR) fs.writeFileSync(path.join(process.env.PAGES_HTML_DIR, `${page.replaceAll("/", "_") || "home"}.html`), html);
    return Buffer.byteLength(html);
  };
  return { person: who, open };
}

async function measure(kind: "pglite" | "postgres", open: () => Promise<Engine>, dataDir: string, databaseUrl?: string): Promise<PageFigures[]> {
  const log = (line: string) => console.log(`[${kind}] ${line}`);
  const engine = await open();
  try {
    await migrateSeedAndFill(engine, size, log);
  } finally {
    await engine.close();
  }

  log("recording each page's statements");
  const logFile = path.join(dataDir, "statements.jsonl");
  fs.writeFileSync(logFile, "");
  const recorded = new Map<string, Statement[]>();
  let server = await startServer({ port, dataDir, databaseUrl, testSupport: true, env: { ...quietJobs, SOCLE_QUERY_LOG: logFile } });
  let person: { email: string; password: string };
  try {
    const session = await signedIn(server);
    person = session.person;
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the jobs' first rounds, at start
    for (const page of pages) {
      await session.open(page);
      await session.open(page);
      const before = fs.statSync(logFile).size;
      await session.open(page);
      const lines = fs.readFileSync(logFile).subarray(before).toString("utf8").split("\n").filter(Boolean);
      recorded.set(page, lines.map((line) => JSON.parse(line) as Statement));
      if (keep) fs.writeFileSync(path.join(dataDir, `statements${page.replaceAll("/", "_")}.jsonl`), `${lines.join("\n")}\n`);
    }
  } finally {
    await server.stop("SIGTERM");
  }

  log("timing the pages");
  const serverTimes = new Map<string, number>();
  const sizes = new Map<string, number>();
  server = await startServer({ port, dataDir, databaseUrl, testSupport: true, env: quietJobs });
  try {
    const session = await signedIn(server, person);
    for (const page of pages) {
      serverTimes.set(page, await medianTime(() => session.open(page), runs, 2));
      sizes.set(page, await session.open(page));
    }
  } finally {
    await server.stop("SIGTERM");
  }

  log("timing each page's statements alone");
  const alone = await open();
  // Both drivers' clients take (text, values): PGlite's own and pg's pool, as Drizzle calls them.
  const client = (alone.db as unknown as { $client: { query: (text: string, values: unknown[]) => Promise<unknown> } }).$client;
  const figures: PageFigures[] = [];
  try {
    for (const page of pages) {
      const statements = recorded.get(page)!;
      const each = statements.map(() => [] as number[]);
      const sqlTime = await medianTime(
        async () => {
          for (const [index, { query, params }] of statements.entries()) {
            const started = performance.now();
            await client.query(query, params);
            each[index]!.push(performance.now() - started);
          }
        },
        runs,
        2,
      );
      const slowest = statements.map((statement, index) => ({ ms: median(each[index]!), query: statement.query })).sort((a, b) => b.ms - a.ms)[0];
      figures.push({ page, statements: statements.length, server: serverTimes.get(page)!, sql: sqlTime, bytes: sizes.get(page)!, slowest });
    }
  } finally {
    await alone.close();
  }
  return figures;
}

const results: { engine: string; pages: PageFigures[] }[] = [];
const engines = (process.env.PAGES_ENGINES ?? "pglite,postgres").split(",");
if (engines.includes("pglite")) {
  const dataDir = path.join(root, "bench", ".data", "page-sql-pglite");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    results.push({ engine: "pglite", pages: await measure("pglite", () => openPglite(path.join(dataDir, "pglite")), dataDir) });
  } finally {
    if (keep) console.log(`kept: ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
const serverUrl = process.env.BENCH_POSTGRES_URL;
if (engines.includes("postgres") && serverUrl) {
  const dataDir = path.join(root, "bench", ".data", "page-sql-postgres");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const name = `socle_bench_page_sql_${Date.now()}`;
  const url = await createDatabase(serverUrl, name);
  try {
    results.push({ engine: "postgres", pages: await measure("postgres", () => openPostgres(url, 4), dataDir, url) });
  } finally {
    if (keep) console.log(`kept: the database ${name} and ${dataDir}`);
    else {
      await dropDatabase(serverUrl, name);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

console.log(`\nwhat each page adds over its SQL: ${size.milestones} milestones, ${size.supportEntries} support entries, median of ${runs}`);
console.log("engine".padEnd(9), "page".padEnd(32), "HTML kB".padStart(8), "stmts".padStart(6), "page ms".padStart(9), "SQL ms".padStart(8), "ratio".padStart(7));
for (const { engine, pages: rows } of results) {
  for (const row of rows) {
    console.log(engine.padEnd(9), row.page.padEnd(32), (row.bytes / 1024).toFixed(0).padStart(8), String(row.statements).padStart(6), row.server.toFixed(1).padStart(9), row.sql.toFixed(1).padStart(8), (row.server / row.sql).toFixed(2).padStart(7));
  }
}
console.log("\nthe slowest statement of each page (median ms; its first 200 characters):");
for (const { engine, pages: rows } of results) {
  for (const row of rows) if (row.slowest) console.log(`${engine} ${row.page} ${row.slowest.ms.toFixed(1)} ms: ${row.slowest.query.slice(0, 200)}`);
}
