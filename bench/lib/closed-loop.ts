/**
 * A closed loop (autocannon): `connections` connections for `seconds`, each sending its next request when its last
 * is answered, so the figures say what the server sustains. Each connection sends the requests made for one of
 * `cookies`, in turn. `LOAD_DEBUG=1` prints each answer of 400 or more with its path.
 */
import autocannon from "autocannon";
import { percentile } from "./timing";

export type ClosedLoopFigures = { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; bytesPerRequest: number };

export async function closedLoop(options: {
  url: string;
  connections: number;
  seconds: number;
  cookies: string[];
  requests: (cookie: string) => autocannon.Request[];
}): Promise<ClosedLoopFigures> {
  const { url, connections, seconds, cookies, requests } = options;
  const latencies: number[] = [];
  let clientNumber = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, requests: requests(cookies[0]!), setupClient: (client) => client.setRequests(requests(cookies[clientNumber++ % cookies.length]!)) },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    instance.on("response", (client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status >= 400 && process.env.LOAD_DEBUG) console.error(status, (client as unknown as { opts: { path?: string } }).opts?.path);
    });
  });
  const requestsPerSecond = result.requests.average;
  return {
    requestsPerSecond,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    // autocannon counts a timeout among its errors too.
    errors: result.errors + result.non2xx,
    bytesPerRequest: requestsPerSecond ? result.throughput.average / requestsPerSecond : 0,
  };
}
