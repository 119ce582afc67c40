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
