import { afterEach, describe, expect, it } from "vitest";
import { publicUrl, reachableAddresses, takePublicUrl } from "./public-url";
import { readEnv } from "./env";

const slot = Symbol.for("socle.publicUrl");
const saved = { NEXTAUTH_URL: process.env.NEXTAUTH_URL, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST };

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[slot];
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("the address mails link to", () => {
  it("is NEXTAUTH_URL, taken out of the environment so next-auth answers on each request's own address", () => {
    process.env.NEXTAUTH_URL = "https://socle.example.org";
    expect(takePublicUrl(readEnv())).toBe("https://socle.example.org");
    expect(process.env.NEXTAUTH_URL).toBeUndefined();
    expect(process.env.AUTH_TRUST_HOST).toBe("true");
    expect(publicUrl()).toBe("https://socle.example.org");
  });

  it("is localhost on the server's port when NEXTAUTH_URL is unset", () => {
    delete process.env.NEXTAUTH_URL;
    expect(publicUrl(readEnv({ PORT: "4100" } as unknown as NodeJS.ProcessEnv))).toBe("http://localhost:4100");
  });
});

describe("the addresses a starting server prints", () => {
  it("are localhost and each external IPv4 address, once", () => {
    const address = (address: string, family: "IPv4" | "IPv6", internal: boolean) => ({ address, family, internal, netmask: "", mac: "", cidr: null });
    const interfaces = {
      lo: [address("127.0.0.1", "IPv4", true), address("::1", "IPv6", true)],
      eth0: [address("192.168.1.20", "IPv4", false), address("fe80::1", "IPv6", false)],
      wlan0: [address("10.1.2.3", "IPv4", false), address("192.168.1.20", "IPv4", false)],
    } as ReturnType<typeof import("node:os").networkInterfaces>;
    expect(reachableAddresses(3000, interfaces)).toEqual(["http://localhost:3000", "http://192.168.1.20:3000", "http://10.1.2.3:3000"]);
  });
});
