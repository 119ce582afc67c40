/**
 * The costing page's cost on a full-sized costing: 15 years after the base (16 in all), single ages 0–99 and 100+
 * for both sexes (3,232 population figures), every year's figures, 20 scenarios and two packages (one of all 20,
 * one of 10, with financing). It times, as medians of COSTING_PAGE_RUNS runs after a warm-up:
 * - **page read**: `getCosting`, everything the page (and GET /api/v1/countries/XX/costing) reads and costs;
 * - **model**: the costing of the same content alone, as the page does it (each scenario once, both packages summed
 *   from those rows, their gaps), from inputs already in memory; page read − model is the database's part and the rest;
 * - **rendered page**: on PGlite, when the app is built, `GET /countries/MZ/costing` from a `next start` on the same
 *   data, signed in as a coordinator: the HTML a browser receives, over loopback.
 * On PGlite; on PostgreSQL too when BENCH_POSTGRES_URL is set (the lib figures only).
 *
 *   npm run build && npm run bench:costing-page
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres npm run bench:costing-page
 */
import fs from "node:fs";
import path from "node:path";
import { type Engine, openPglite, openPostgres } from "../db/engine";
import { createDatabase, dropDatabase } from "../db/server-databases";
import { addPackage } from "../lib/costing/data/add-package";
import { addScenario } from "../lib/costing/data/add-scenario";
import { costingInputsOf, modelScenario, readCostingDraft } from "../lib/costing/data/content";
import { costingReadable, getCosting } from "../lib/costing/data/get-costing";
import { importPopulation } from "../lib/costing/data/import-population";
import { setFinancing } from "../lib/costing/data/set-financing";
import { setCostingFrame } from "../lib/costing/data/set-frame";
import { setYearFigures } from "../lib/costing/data/set-year-figures";
import { financingGap } from "../lib/costing/financing";
import { costScenario } from "../lib/costing/model";
import { costPackage } from "../lib/costing/packages";
import { seedDatabase } from "../lib/seed/seed-database";
import { createPerson } from "../lib/testing/test-database";
import { createPerson as createPersonOnServer, root, signIn, startServer } from "./lib/server";
import { medianTime } from "./lib/timing";

const runs = Number(process.env.COSTING_PAGE_RUNS ?? 15);
const [baseYear, horizonYear] = [2025, 2040];
const years = Array.from({ length: horizonYear - baseYear + 1 }, (_, index) => baseYear + index);



/** Single ages 0–99 and 100+, both sexes, every year: persons growing 2.5 % a year, fewer at older ages. */
function populationCsv(): string {
  const lines = ["year,sex,age,population"];
  for (const year of years) {
    const growth = 1.025 ** (year - baseYear);
    for (const sex of ["female", "male"]) {
      for (let age = 0; age <= 100; age++) lines.push(`${year},${sex},${age === 100 ? "100+" : age},${Math.round(420_000 * growth * 0.97 ** (age / 2))}`);
    }
  }
  return lines.join("\n");
}

/** Twenty scenarios: every kind of target and benefit, both conventions, take-up paths reaching their targets in turn. */
function scenario(index: number): Record<string, unknown> {
  const ageFrom = (index * 5) % 80;
  const kind = ["monthly_amount", "poverty_line_share", "gdp_per_head_share"][index % 3]!;
  return {
    countryCode: "MZ",
    name: `Scenario ${index + 1}`,
    targetKind: index === 19 ? "mothers_of_newborns" : "ages",
    ageFrom: String(ageFrom),
    ageTo: index % 4 === 0 ? "" : String(ageFrom + 9),
    sex: ["all", "female", "male"][index % 3],
    eligibleShare: String(20 + index * 4),
    benefitKind: kind,
    benefitAmount: kind === "monthly_amount" ? String(500 + index * 50) : "",
    benefitShare: kind === "monthly_amount" ? "" : String(10 + index),
    indexation: index % 2 ? "inflation" : "none",
    takeUpStart: "20",
    takeUpTarget: String(60 + index),
    takeUpYear: String(baseYear + 2 + (index % 10)),
    administrativeConvention: index % 2 ? "share_of_total" : "on_top_of_benefits",
    administrativeRate: String(3 + (index % 5)),
  };
}

async function measure(engine: Engine) {
  await engine.migrate();
  await seedDatabase(engine.db, { demoAccounts: false });
  const actor = await createPerson(engine, { role: "coordinator" });
  let version = (await setCostingFrame(engine.db, actor, { countryCode: "MZ", version: 0, baseYear, horizonYear, currency: "MZN", populationSource: "Bench" })).version;
  version = (await importPopulation(engine.db, actor, { countryCode: "MZ", version, text: populationCsv() })).version;
  const figures = years.map((year, index) => ({
    year,
    gdp: String(Math.round(1.1e12 * 1.06 ** index)),
    gdpSource: "Bench",
    governmentExpenditure: String(Math.round(3.2e11 * 1.06 ** index)),
    governmentExpenditureSource: "Bench",
    inflation: "5.5",
    inflationSource: "Bench",
    povertyLine: String(Math.round(28_000 * 1.055 ** index)),
    povertyLineSource: "Bench",
  }));
  await setYearFigures(engine.db, actor, { countryCode: "MZ", version, years: figures });
  const ids: string[] = [];
  for (let index = 0; index < 20; index++) ids.push((await addScenario(engine.db, actor, scenario(index))).id);
  await addPackage(engine.db, actor, { countryCode: "MZ", name: "Every scenario", scenarioIds: ids });
  const half = await addPackage(engine.db, actor, { countryCode: "MZ", name: "Ten scenarios", scenarioIds: ids.slice(0, 10) });
  const rows = years.flatMap((year) => [
    { year, kind: "reallocation", amount: "1000000000", source: "Bench" },
    { year, kind: "external", amount: "500000000", source: "Bench" },
  ]);
  await setFinancing(engine.db, actor, { countryCode: "MZ", version: half.costingVersion, packageId: half.id, rows });

  const pageRead = await medianTime(() => getCosting(engine.db, actor, "MZ"), runs);
  const [costing] = [(await getCosting(engine.db, actor, "MZ"))];
  if (costing.scenarios.some((one) => one.rows.some((row) => row.totalCost === null))) throw new Error("a scenario could not be costed: the bench would time the wrong thing");
  const { content } = await readCostingDraft(engine.db, (await costingReadable(engine.db, actor, "MZ")).costing!);
  const inputs = costingInputsOf(content);
  const scenarios = content.scenarios.map(modelScenario);
  // As readCostingDraft does: each scenario costed once, then each package summed from those rows, then its gap.
  const model = await medianTime(() => {
    const costed = new Map(scenarios.map((one) => [one.id, costScenario(inputs, one)]));
    for (const one of content.packages) {
      const { rows } = costPackage(inputs, scenarios.filter((candidate) => one.scenarioIds.includes(candidate.id)), costed);
      financingGap(rows, one.financing);
    }
  }, runs);
  return { engine: engine.kind, pageRead, model, population: content.population.length };
}

/** The page as a browser receives it, from `next start` on the data just made (the app must be built). */
async function renderedPage(dataDir: string): Promise<number | null> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return null;
  const server = await startServer({ port: Number(process.env.COSTING_PAGE_PORT ?? 3964), dataDir, testSupport: true });
  try {
    const person = await createPersonOnServer(server, { role: "coordinator" });
    const cookie = await signIn(server, person.email, person.password);
    return await medianTime(async () => {
      const response = await fetch(`${server.url}/countries/MZ/costing`, { headers: { cookie } });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("Scenario 20")) throw new Error(`the costing page answered ${response.status}`);
    }, runs);
  } finally {
    await server.stop();
  }
}

async function onPglite() {
  const dataDir = path.join(root, "bench", ".data", "costing");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const engine = await openPglite(path.join(dataDir, "pglite"));
    // Closed before the server opens the same folder: one process per data folder.
    const figures = await measure(engine).finally(() => engine.close());
    return { ...figures, rendered: await renderedPage(dataDir) };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(serverUrl: string) {
  const name = "socle_bench_costing";
  await dropDatabase(serverUrl, name);
  const engine = await openPostgres(await createDatabase(serverUrl, name), 4);
  try {
    return { ...(await measure(engine)), rendered: null };
  } finally {
    await engine.close();
    await dropDatabase(serverUrl, name);
  }
}

const results = [await onPglite()];
if (process.env.BENCH_POSTGRES_URL) results.push(await onPostgres(process.env.BENCH_POSTGRES_URL));
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(`\n16 years, 20 scenarios, 2 packages; medians of ${runs} runs\n`);
console.log("| engine | population figures | page read (getCosting) | model alone | database and the rest | rendered page (HTTP) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const result of results) {
  console.log(`| ${result.engine} | ${result.population} | ${ms(result.pageRead)} | ${ms(result.model)} | ${ms(result.pageRead - result.model)} | ${result.rendered === null ? "—" : ms(result.rendered)} |`);
}
