import { describe, expect, it } from "vitest";
import { oidcSettings, readEnv as readEnvFrom } from "./env";

const readEnv = (values: Record<string, string>) => readEnvFrom({ NODE_ENV: "test", ...values });

const sso = {
  SOCLE_OIDC_ISSUER: "https://id.example.org/realms/spf",
  SOCLE_OIDC_CLIENT_ID: "socle",
  SOCLE_OIDC_CLIENT_SECRET: "a secret",
  SOCLE_OIDC_BUTTON_LABEL: "Sign in with SPF ID",
};

describe("the single sign-on settings", () => {
  it("are all four or none", () => {
    expect(oidcSettings(readEnv({}))).toBeNull();
    expect(oidcSettings(readEnv(sso))).toEqual({ issuer: sso.SOCLE_OIDC_ISSUER, clientId: "socle", clientSecret: "a secret", buttonLabel: "Sign in with SPF ID" });
    expect(() => readEnv({ ...sso, SOCLE_OIDC_CLIENT_SECRET: "" })).toThrowError(/SOCLE_OIDC_ISSUER: set all four SOCLE_OIDC_\* settings, or none/);
    expect(() => readEnv({ SOCLE_OIDC_BUTTON_LABEL: "Sign in" })).toThrowError(/set all four/);
  });

  it("want an http(s) issuer address", () => {
    expect(() => readEnv({ ...sso, SOCLE_OIDC_ISSUER: "id.example.org" })).toThrowError(/SOCLE_OIDC_ISSUER/);
    expect(() => readEnv({ ...sso, SOCLE_OIDC_ISSUER: "ftp://id.example.org" })).toThrowError(/SOCLE_OIDC_ISSUER/);
  });
});

describe("the notification mails' interval", () => {
  it("is a minute unless set, and at least five seconds", () => {
    expect(readEnv({}).SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS).toBe(60);
    expect(readEnv({ SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS: "5" }).SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS).toBe(5);
    expect(() => readEnv({ SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS: "1" })).toThrowError(/SOCLE_NOTIFICATION_MAIL_INTERVAL_SECONDS/);
  });
});
