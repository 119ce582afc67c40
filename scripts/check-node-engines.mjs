/** Lists every package in package-lock.json whose `engines.node` refuses the Node version the README promises. */
import fs from "node:fs";
import semver from "semver";

const lock = JSON.parse(fs.readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const promise = lock.packages[""].engines.node;
const lowest = semver.minVersion(promise).version;
const refusing = Object.entries(lock.packages)
  .filter(([, entry]) => entry.engines?.node && !semver.satisfies(lowest, entry.engines.node, { includePrerelease: true }))
  .map(([where, entry]) => `${where.replace(/^.*node_modules\//, "")}@${entry.version} needs node ${entry.engines.node}${entry.optional ? " (optional)" : ""}${entry.dev ? " (dev)" : ""}`);
console.log(refusing.length ? refusing.join("\n") : `Every package admits Node ${lowest} (${promise}).`);
process.exitCode = refusing.length ? 1 : 0;
