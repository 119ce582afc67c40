/**
 * Starts and stops a real server (server.mjs, as `npm run serve` does) for benchmarks and crash tests, on its own
 * port and data folder (or a PostgreSQL database), and signs people in through the same forms a browser uses.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

export type Server = {
  url: string;
  process: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  /**
   * SIGTERM, then the exit code, or "still running after N s" if the process has not exited by then (it is then
   * killed): for tests of the stop itself, which must not wait on a stop that hangs.
   */
  stopWithin: (ms: number) => Promise<number | null | string>;
  /** What the server printed so far. */
  output: () => string;
};

export type ServerOptions = {
  port: number;
  dataDir: string;
  databaseUrl?: string;
  testSupport?: boolean;
  /** The address people use (a load balancer's); the server's own by default. */
  publicUrl?: string;
  /** More settings, over the ones above (secrets, SMTP_URL, intervals). */
  env?: Record<string, string>;
  /** Outputs nobody reads from the start, as when a log reader has gone away (e2e/server-output.spec.ts). */
  unread?: ("stdout" | "stderr")[];
};

export async function startServer(options: ServerOptions): Promise<Server> {
  const url = `http://localhost:${options.port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    NEXTAUTH_URL: options.publicUrl ?? url,
    SOCLE_DATA_DIR: options.dataDir,
    SOCLE_TEST_SUPPORT: options.testSupport ? "1" : "0",
    // The figures and crash checks were made on a new, empty database: keep them comparable (decision 2320).
    SOCLE_DEMO_DATASET: "false",
    NEXT_TELEMETRY_DISABLED: "1",
    ...options.env,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  // BENCH_CPU_PROF_DIR=… profiles the server (`node --cpu-prof`): a .cpuprofile per process there when it stops.
  const profile = process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, path.join(root, "server.mjs"), "-p", String(options.port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const name of options.unread ?? []) child[name]!.destroy();
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  // A harness that ends without stopping its server (an exception it did not catch) stops it as it exits: a server
  // left behind keeps its port and its database (one left here on 2026-12-06 spun a core for 1.5 h once nothing read
  // its output, since mended in server.mjs: e2e/server-output.spec.ts).
  const stopOnExit = () => child.kill("SIGTERM");
  process.once("exit", stopOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      process.off("exit", stopOnExit);
      resolve(code);
    }),
  );
  await untilHealthy(url, 120_000, () => (child.exitCode !== null ? `server.mjs exited (${child.exitCode})` : undefined)).catch((error: Error) => {
    throw new Error(`${error.message}:\n${output}`);
  });
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null) child.kill(signal);
    return exited;
  };
  return {
    url,
    process: child,
    output: () => output,
    stop,
    stopWithin: async (ms) => {
      let giveUp: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([stop("SIGTERM"), new Promise<string>((resolve) => (giveUp = setTimeout(resolve, ms, `still running after ${ms / 1000} s`)))]);
      clearTimeout(giveUp);
      if (typeof stopped === "string") await stop("SIGKILL");
      return stopped;
    },
  };
}

/**
 * Waits until the server at `url` answers its health check 200 (its database migrated and seeded), asking every 250 ms
 * for up to `withinMs`; `gaveUp` names a reason to stop waiting (the process exited). Each answer is read to its end:
 * one left unread keeps its connection busy, and the server's stop would wait for it (decision 2680).
 */
export async function untilHealthy(url: string, withinMs: number, gaveUp: () => string | undefined = () => undefined): Promise<void> {
  const deadline = Date.now() + withinMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    const reason = gaveUp();
    if (reason) throw new Error(reason);
    try {
      const response = await fetch(`${url}/api/health`);
      last = `${response.status} ${await response.text()}`;
      if (response.ok) return;
    } catch (error) {
      last = String(error); // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer its health check within ${withinMs / 1000} s (last: ${last})`);
}

/** A person made through the test-support route (the server must run with testSupport). */
export async function createPerson(server: Pick<Server, "url">, spec: { role: string | null; countryCode?: string; agencyAcronym?: string }) {
  const response = await fetch(`${server.url}/api/test-support/people`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(spec),
  });
  if (response.status !== 201) throw new Error(`createPerson: ${response.status} ${await response.text()}`);
  return (await response.json()) as { userId: string; email: string; password: string };
}

/** One sign-in through next-auth's credentials form: the cookies a browser would then hold, and where it was sent. */
export async function attemptSignIn(server: Pick<Server, "url">, email: string, password: string): Promise<{ signedIn: boolean; cookie: string; location: string }> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrfResponse = await fetch(`${server.url}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${server.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/countries" }),
  });
  keep(response);
  await response.arrayBuffer();
  const signedIn = [...jar].some(([name, value]) => name.endsWith("session-token") && value !== "");
  return { signedIn, cookie: cookie(), location: response.headers.get("location") ?? "" };
}

/** Signs in through next-auth's credentials form and returns the cookies a browser would then send. */
export async function signIn(server: Pick<Server, "url">, email: string, password: string): Promise<string> {
  const attempt = await attemptSignIn(server, email, password);
  if (!attempt.signedIn) throw new Error(`sign-in failed for ${email}`);
  return attempt.cookie;
}
