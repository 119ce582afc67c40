import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

const peer = "x-socle-peer-test";
const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.5, 192.168.1.0/24");

describe("the address a sign-in attempt is counted against", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const forged = { [peer]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" };
    expect(clientAddress(forged, { peerHeader: peer, trusted: none })).toBe("198.51.100.7");
  });

  it("follows X-Forwarded-For from the right, past trusted proxies only", () => {
    const viaProxies = { [peer]: "10.0.0.5", "x-forwarded-for": "203.0.113.9, 198.51.100.7, 192.168.1.20" };
    expect(clientAddress(viaProxies, { peerHeader: peer, trusted: proxies })).toBe("198.51.100.7");
    const fromIpv4MappedProxy = { [peer]: "::ffff:10.0.0.5", "x-forwarded-for": "198.51.100.8" };
    expect(clientAddress(fromIpv4MappedProxy, { peerHeader: peer, trusted: proxies })).toBe("198.51.100.8");
  });

  it("ignores X-Forwarded-For sent by someone who is not a trusted proxy", () => {
    const direct = { [peer]: "198.51.100.7", "x-forwarded-for": "10.0.0.5, 203.0.113.9" };
    expect(clientAddress(direct, { peerHeader: peer, trusted: proxies })).toBe("198.51.100.7");
  });

  it("without the socket's address (the server did not record it), falls back to the last X-Forwarded-For entry", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }), { peerHeader: undefined, trusted: none })).toBe(
      "198.51.100.7",
    );
    expect(clientAddress({ [peer]: "203.0.113.9" }, { peerHeader: undefined, trusted: none })).toBe("unknown");
  });

  it("refuses a setting that is not a list of addresses and networks", () => {
    expect(() => parseTrustedProxies("10.0.0.5, proxy.example")).toThrowError(/SOCLE_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrowError(/SOCLE_TRUSTED_PROXIES/);
  });
});
