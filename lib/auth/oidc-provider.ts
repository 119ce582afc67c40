/**
 * The OpenID Connect provider as next-auth's OAuth provider (decision 2220): endpoints from the issuer's discovery
 * document, the authorization code flow with PKCE and state, the person read from the verified ID token.
 */
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { OidcSettings } from "@/lib/env";

export const oidcProviderId = "oidc";

type IdTokenClaims = { sub: string; email?: string; name?: string };

export function oidcProvider(settings: OidcSettings): OAuthConfig<IdTokenClaims> {
  return {
    id: oidcProviderId,
    name: settings.buttonLabel,
    type: "oauth",
    wellKnown: `${settings.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    // Only what next-auth needs to go on; the Socle account is found from the claims in the signIn callback.
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? null }),
  };
}

/** The origin the sign-in page's form may lead to, through next-auth's redirect to the provider (proxy.ts). */
export function oidcIssuerOrigin(settings: OidcSettings | null): string | null {
  return settings ? new URL(settings.issuer).origin : null;
}
