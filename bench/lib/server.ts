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
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited (${child.exitCode}):\n${output}`);
    try {
      // Each answer read to its end: one left unread keeps its connection busy, and the server's stop waits for it.
      const health = await fetch(`${url}/api/health`);
      await health.arrayBuffer();
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (attempt === 239) throw new Error(`server.mjs did not become healthy:\n${output}`);
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
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
