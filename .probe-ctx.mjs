// Browser CPU of a test's start: new context + page + sign-in + first page, vs the same in a reused context.
import { chromium } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
const base = process.env.BASE ?? "http://localhost:4300";
function cpu(re) {
  let t = 0;
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try { const s = readFileSync(`/proc/${pid}/stat`, "utf8"); const c = s.slice(s.indexOf("(") + 1, s.lastIndexOf(")")); if (!re.test(c)) continue; const f = s.slice(s.lastIndexOf(")") + 2).split(" "); t += Number(f[11]) + Number(f[12]); } catch {}
  }
  return t * 10;
}
const serverPid = Number(process.env.SERVER_PID);
const serverCpu = () => { const s = readFileSync(`/proc/${serverPid}/stat`, "utf8"); const f = s.slice(s.lastIndexOf(")") + 2).split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
const self = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium-headless-shell", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const mode = process.argv[2];
const n = 10;
let shared = mode === "reuse" ? await browser.newContext({ baseURL: base, serviceWorkers: "block" }) : null;
let sharedPage = shared ? await shared.newPage() : null;
const b = cpu(/chrom|headless/i), sv = serverCpu(), me = self(), t0 = Date.now();
for (let i = 0; i < n; i++) {
  const context = shared ?? (await browser.newContext({ baseURL: base, serviceWorkers: "block" }));
  if (shared) await context.clearCookies();
  const page = sharedPage ?? (await context.newPage());
  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
  await context.request.post("/api/auth/callback/credentials", { form: { email: "coordinator@example.org", password: "socle-demo-2026", csrfToken, json: "true" } });
  await page.goto("/countries/MZ");
  await page.goto("/support");
  if (!shared) await context.close();
}
console.log(`${mode}: per test browser ${((cpu(/chrom|headless/i) - b) / n).toFixed(0)} ms, server ${((serverCpu() - sv) / n).toFixed(0)} ms, runner ${((self() - me) / n).toFixed(0)} ms, wall ${((Date.now() - t0) / n).toFixed(0)} ms`);
await browser.close();
