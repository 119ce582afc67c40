import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { peerAddressHeader, recordPeerAddresses } from "./peer-address";

describe("the socket address recorded for each request", () => {
  it("reaches the request handler under this process's header name, over whatever the client sent", async () => {
    recordPeerAddresses();
    const header = peerAddressHeader()!;
    expect(header).toMatch(/^x-socle-peer-[0-9a-f]{24}$/);
    const server = http.createServer((request, response) => response.end(String(request.headers[header])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [header]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" } });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});

describe("the Host and forwarded headers as the server receives them", () => {
  it("replaces a client's X-Forwarded-Host by its own Host, and refuses a Host that is not a host, before any handler runs", async () => {
    recordPeerAddresses();
    const seen: Array<string | undefined> = [];
    const server = http.createServer((request, response) => {
      seen.push(request.headers["x-forwarded-host"] as string | undefined);
      response.end("handled");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const forged = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-host": "evil.example" } });
      expect(await forged.text()).toBe("handled");
      expect(seen).toEqual([`127.0.0.1:${port}`]);
      const status = await new Promise<number | undefined>((resolve, reject) => {
        http.get({ port, host: "127.0.0.1", path: "/", headers: { host: "evil.example/x" } }, (response) => resolve(response.statusCode)).on("error", reject);
      });
      expect(status).toBe(400);
      expect(seen).toHaveLength(1);
    } finally {
      server.close();
    }
  });
});
