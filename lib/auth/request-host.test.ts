import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { isHostHeader, requestOriginOf, settleForwardedHeaders } from "./request-host";
import { parseTrustedProxies } from "./trusted-proxies";

const none = parseTrustedProxies(undefined);
const proxy = parseTrustedProxies("10.0.0.5");

describe("a Host header", () => {
  it.each(["localhost:3000", "127.0.0.1:3000", "socle.test", "socle-server.office.lan:8080", "my_host", "[::1]:3000", "[fe80::1]", "192.168.1.20"])(
    "%s names a host",
    (value) => expect(isHostHeader(value)).toBe(true),
  );

  it.each(["evil.example/x", "evil.example@socle.test", "socle.test:99999", "socle.test:", "-bad.example", "[not-ipv6]", "a b", "socle.test\\x", "", "x".repeat(256)])(
    "%j does not",
    (value) => expect(isHostHeader(value)).toBe(false),
  );
});

describe("forwarded headers as the server receives them", () => {
  it("are the request's own Host and plain HTTP for a client that is not a trusted proxy, whatever it sent", () => {
    const headers: IncomingHttpHeaders = { host: "192.168.1.20:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "x-forwarded-port": "443" };
    expect(settleForwardedHeaders(headers, "192.168.1.33", proxy)).toBe(true);
    expect(headers).toEqual({ host: "192.168.1.20:3000", "x-forwarded-host": "192.168.1.20:3000", "x-forwarded-proto": "http" });
  });

  it("are a trusted proxy's, first value only, or the request's own when malformed", () => {
    const good: IncomingHttpHeaders = { host: "127.0.0.1:3000", "x-forwarded-host": "socle.example.org, inner.lan", "x-forwarded-proto": "HTTPS" };
    expect(settleForwardedHeaders(good, "::ffff:10.0.0.5", proxy)).toBe(true);
    expect(good).toMatchObject({ "x-forwarded-host": "socle.example.org", "x-forwarded-proto": "https" });
    const bad: IncomingHttpHeaders = { host: "127.0.0.1:3000", "x-forwarded-host": "evil.example/@x", "x-forwarded-proto": "javascript" };
    expect(settleForwardedHeaders(bad, "10.0.0.5", proxy)).toBe(true);
    expect(bad).toEqual({ host: "127.0.0.1:3000", "x-forwarded-host": "127.0.0.1:3000", "x-forwarded-proto": "http" });
  });

  it("refuse a request whose Host is not a host", () => {
    expect(settleForwardedHeaders({ host: "evil.example/x" }, "127.0.0.1", none)).toBe(false);
  });
});

describe("the origin a request came to", () => {
  it("is the forwarded host and protocol Next.js filled in from the request", () => {
    expect(requestOriginOf(new Headers({ host: "socle.test:3210", "x-forwarded-host": "socle.test:3210", "x-forwarded-proto": "http" }))).toBe("http://socle.test:3210");
    expect(requestOriginOf(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "socle.example.org", "x-forwarded-proto": "https" }))).toBe("https://socle.example.org");
    expect(requestOriginOf(new Headers({ host: "192.168.1.20:3000" }))).toBe("http://192.168.1.20:3000");
  });

  it("is none when no header names a host", () => {
    expect(requestOriginOf(new Headers())).toBeNull();
    expect(requestOriginOf(new Headers({ host: "evil.example/x" }))).toBeNull();
  });
});
