/**
 * Building and serving a Next.js app for a benchmark: Socle itself or the bare page beside it (`bench/bare-next/`),
 * the yardstick built with the project's own Next.js.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root } from "./server";

export const bareNextDir = path.join(root, "bench", "bare-next");

export function buildNextApp(dir: string) {
  execFileSync("npx", ["next", "build", dir], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** Builds the bare app unless a build with every one of its pages is there already. */
export function buildBareNextOnce() {
  if (!fs.existsSync(path.join(bareNextDir, ".next", "server", "app", "dynamic", "page.js"))) buildNextApp(bareNextDir);
}

/** `next start` of an app already built, answering on `port` (any status below 500 on `/`). */
export async function serveNextApp(dir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  // next itself, not through npx: a signal to npx would leave the server running.
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", dir, "-p", String(port)], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`http://localhost:${port}/`, { redirect: "manual" });
      await response.arrayBuffer(); // read to its end: an unread answer keeps its connection busy
      if (response.status < 500) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error(`next start ${dir} did not answer on port ${port}`);
}
