// Before the browser tests: Playwright cannot download its own browsers here, so they run in Debian's Chromium
// builds (e2e/browsers.mjs). Install them when we can (root on Debian); otherwise stop at once with one line saying
// what to do.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { packages } from "./browsers.mjs";

const missing = Object.entries(packages).filter(([path]) => !fs.existsSync(path));

if (missing.length > 0) {
  const names = [...new Set(missing.map(([, name]) => name))];
  const canInstall = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    const paths = missing.map(([path]) => path).join(" and ");
    console.error(`Socle's browser tests need ${paths}: install Debian's packages (sudo apt-get install ${names.join(" ")}) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log(`Installing Debian's ${names.join(" and ")} for the browser tests…`);
  const apt = (...args) => execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  apt("update");
  apt("install", "-y", "--no-install-recommends", ...names);
}
