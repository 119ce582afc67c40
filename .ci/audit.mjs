// Reports npm's advisories for the installed dependencies: fails on a high or critical one; when the
// advisory service cannot be reached from this network, says so plainly instead of passing silently.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--json", "--audit-level=high"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.log(`npm audit: no report (${(run.stderr || run.stdout).trim().split("\n").pop()})`);
  process.exit(0);
}
if (report.error || report.statusCode) {
  const why = report.error?.summary || report.message || report.error?.code;
  console.log(`npm audit: the advisory service could not be reached (${why}); not checked this run.`);
  process.exit(0);
}
const counts = report.metadata?.vulnerabilities ?? {};
console.log(`npm audit: ${JSON.stringify(counts)}`);
process.exit((counts.high ?? 0) + (counts.critical ?? 0) > 0 ? 1 : 0);
