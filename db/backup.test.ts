import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { backupThroughServer } from "./backup";

let server: http.Server | undefined;
afterEach(() => server?.close());

async function serve(handler: http.RequestListener): Promise<string> {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port that was just free: nothing listens on it. */
async function closedPort(): Promise<string> {
  const address = await serve(() => undefined);
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
  return address;
}

describe("a backup asked of the server that holds the embedded database", () => {
  it("says which address it tried, and how to name another, when nothing answers there", async () => {
    const address = await closedPort();
    const refusal = backupThroughServer(address, "key", "/srv/socle/data");
    await expect(refusal).rejects.toThrowError(`A server holds /srv/socle/data, but none answered at ${address} (ECONNREFUSED).`);
    await expect(refusal).rejects.toThrowError(/PORT=<its port> npm run db:backup, or SOCLE_SERVER_URL=http:\/\/<host>:<port> npm run db:backup/);
  });

  it("says so when the server there is another Socle, which does not know the folder's key", async () => {
    const address = await serve((_request, response) => response.writeHead(404).end("Not Found"));
    await expect(backupThroughServer(address, "key", "/srv/socle/data")).rejects.toThrowError(
      `The server at ${address} is not the one holding /srv/socle/data: it does not know that folder's maintenance key.`,
    );
  });

  it("brings back the tarball the server answers with, having sent the key", async () => {
    const address = await serve((request, response) => {
      const ok = request.method === "POST" && request.url === "/api/maintenance/backup" && request.headers["x-socle-maintenance-key"] === "key";
      response.writeHead(ok ? 200 : 400).end(ok ? "tarball" : "");
    });
    expect(await (await backupThroughServer(address, "key", "/srv/socle/data")).text()).toBe("tarball");
  });
});
