// Before the browser tests: Playwright cannot download its own browsers here, so they run in Debian's
// Chromium. Install it when we can (root on Debian); otherwise stop at once with one line saying what to do.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!fs.existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(`Socle's browser tests need Chromium at ${chromium}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log("Installing Debian's chromium package for the browser tests…");
  const apt = (...args) => execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  apt("update");
  apt("install", "-y", "--no-install-recommends", "chromium");
}
