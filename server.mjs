/**
 * Socle's server: Next.js's own request handler (the one `next start` runs) behind Node's HTTP server, with one
 * addition. A page that refuses (a 403 or a 404, app/_edge/refusal.tsx) draws its refusal on the server and tells
 * this server the status to answer with, through the request's `pageAnswer` below; Next.js itself sets a status only
 * for a refusal it cannot draw without the browser's JavaScript (decision 2660).
 *
 *   node server.mjs [-p PORT] [-H HOSTNAME] [--dev]      (PORT from the environment when -p is not given; 3000)
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, dev: { type: "boolean", default: false } },
});
const dev = options.dev;
// As `next start` and `next dev` do, before Next.js or React is loaded: React's production build in production.
process.env.NODE_ENV ||= dev ? "development" : "production";
const port = Number(options.port ?? process.env.PORT ?? 3000);

/**
 * Once nothing reads the server's output (a log pipe whose reader ended, a closed log socket), each line written fails
 * (EPIPE). Unheard, that failure is an uncaught exception, which Next.js's handler logs to the same output, whose
 * failure it logs again: the server spun a core and answered nothing (seen 2026-12-06 for an hour and a half). The lines
 * are dropped instead, and the server goes on serving; the other output, while someone reads it, says so once.
 */
for (const [stream, other, name] of [
  [process.stdout, process.stderr, "standard output"],
  [process.stderr, process.stdout, "standard error"],
]) {
  let said = false;
  stream.on("error", (error) => {
    if (said) return;
    said = true;
    if (!other.destroyed) other.write(`Socle: ${name} can no longer be written (${error.code ?? error.message}); its lines are dropped from now on.\n`);
  });
}

/** Per request: the status a page that drew its own refusal asked for (app/_edge/refusal.tsx reads it by this key). */
const pageAnswers = new AsyncLocalStorage();
globalThis[Symbol.for("socle.pageAnswers")] = pageAnswers;

const { default: next } = await import("next");
const app = next({ dev, dir: import.meta.dirname, hostname: options.hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  const answer = { status: undefined };
  const writeHead = response.writeHead;
  // Node writes the head through writeHead (Next's implicit head too): the page's status replaces the one Next set.
  response.writeHead = function writeHeadWithPageStatus(statusCode, ...rest) {
    if (answer.status === undefined) return writeHead.call(this, statusCode, ...rest);
    const headersOnly = typeof rest[0] === "string" ? rest.slice(1) : rest;
    return writeHead.call(this, answer.status, ...headersOnly);
  };
  // As `next start`: a request the handler fails on is answered 500 rather than left hanging.
  pageAnswers.run(answer, () => handle(request, response)).catch((error) => {
    console.error(`Failed to handle request for ${request.url}`, error);
    if (response.headersSent) response.end();
    else {
      response.statusCode = 500;
      response.end("Internal Server Error");
    }
  });
});
// An idle kept-alive connection is closed after 65 s, not Node's 5: a reverse proxy or load balancer in front (nginx's
// upstream keepalive_timeout, a cloud load balancer's idle timeout) keeps idle connections open up to 60 s, and one
// it sends on just as this server closes it is reset and answered 502.
server.keepAliveTimeout = 65_000;
server.listen(port, options.hostname, () => {
  console.log(`Socle ${dev ? "(development) " : ""}ready on http://${options.hostname ?? "localhost"}:${port}`);
});

/**
 * How long a stop waits for the requests under way: then it closes every connection still open, so that the database
 * is closed cleanly before a process manager's own limit kills the process (Docker's is 10 s). A connection whose
 * answer its client never read counts as under way; without this limit such a connection held the stop for the whole
 * keep-alive time above (65 s).
 */
const stopWithinMs = 8_000;

// As `next start`: stop taking requests, finish those under way, then let Next.js close (the database with it).
let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => {
      app
        .close()
        .catch((error) => console.error(error))
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    if (dev) server.closeAllConnections();
    else setTimeout(() => server.closeAllConnections(), stopWithinMs).unref();
  });
}
