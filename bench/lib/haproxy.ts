/**
 * HAProxy (Debian's package) in front of several `next start` instances, for bench/cluster.ts: round robin with no
 * stickiness, a health check on /api/health, and its statistics page read to see which instance is up and how many
 * requests each served. The configuration is written to a temporary folder; docs/scaling.md shows the same shape.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type Backend = { name: string; port: number };
export type BackendState = { name: string; status: string; served: number };
export type Balancer = {
  url: string;
  config: string;
  /** Each instance as HAProxy sees it: UP or DOWN (with what it is in between), and the requests it was sent. */
  backends: () => Promise<BackendState[]>;
  stop: () => Promise<void>;
};

/** The configuration: `inter`, `fall` and `rise` say how soon an instance that stops answering is left out and taken back. */
export function haproxyConfig(options: { port: number; statsPort: number; backends: Backend[]; checkIntervalMs: number }): string {
  return [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 2s",
    "  timeout client 60s",
    "  timeout server 60s",
    "  timeout http-request 10s",
    // A connection refused (an instance just killed, before the check notices) is tried again on another instance.
    // A request already sent whose instance died before answering (no response, or none in time) is sent again only
    // when doing it twice changes nothing: a read, or a create with an Idempotency-Key (the API answers the second with
    // the first's result). Any other write is never replayed: it may have been done.
    "  retries 3",
    "  option redispatch 1",
    "  retry-on conn-failure empty-response response-timeout",
    "  option forwardfor",
    "frontend socle",
    `  bind 127.0.0.1:${options.port}`,
    "  default_backend instances",
    "backend instances",
    // No cookie, no stickiness: each request may go to any instance, so a session must work on all of them.
    "  balance roundrobin",
    "  http-request disable-l7-retry unless METH_GET or METH_HEAD or { req.hdr(idempotency-key) -m found }",
    "  option httpchk",
    "  http-check send meth GET uri /api/health ver HTTP/1.1 hdr Host localhost",
    "  http-check expect status 200",
    `  default-server inter ${options.checkIntervalMs}ms fall 2 rise 2`,
    ...options.backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`),
    "frontend stats",
    `  bind 127.0.0.1:${options.statsPort}`,
    "  stats enable",
    "  stats uri /stats",
    "",
  ].join("\n");
}

/** The haproxy binary, or an error saying how to install it. */
export function haproxyBinary(): string {
  const found = spawnSync("sh", ["-c", "command -v haproxy || ls /usr/sbin/haproxy"], { encoding: "utf8" }).stdout.trim().split("\n")[0];
  if (!found) throw new Error("haproxy is not installed: apt-get install -y haproxy (Debian's package).");
  return found;
}

export async function startHaproxy(options: { port: number; statsPort: number; backends: Backend[]; checkIntervalMs?: number }): Promise<Balancer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "socle-haproxy-"));
  const config = haproxyConfig({ ...options, checkIntervalMs: options.checkIntervalMs ?? 1000 });
  const file = path.join(folder, "haproxy.cfg");
  fs.writeFileSync(file, config);
  const binary = haproxyBinary();
  const check = spawnSync(binary, ["-c", "-q", "-f", file], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`haproxy refused its configuration:\n${check.stderr}${check.stdout}`);
  // -db: in the foreground, so this process owns it and stops it.
  const child: ChildProcess = spawn(binary, ["-db", "-f", file], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const statsUrl = `http://127.0.0.1:${options.statsPort}/stats;csv`;
  const backends = async (): Promise<BackendState[]> => {
    const csv = await (await fetch(statsUrl)).text();
    const [header, ...rows] = csv.trim().split("\n");
    const columns = header!.replace(/^# /, "").split(",");
    const at = (name: string) => columns.indexOf(name);
    return rows
      .map((row) => row.split(","))
      .filter((cells) => cells[at("pxname")] === "instances" && !["FRONTEND", "BACKEND"].includes(cells[at("svname")]!))
      .map((cells) => ({ name: cells[at("svname")]!, status: cells[at("status")]!, served: Number(cells[at("stot")]) }));
  };
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}):\n${output}`);
    try {
      await backends();
      break;
    } catch {
      if (attempt > 100) throw new Error(`haproxy did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    config,
    backends,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}
