/**
 * A real OpenID Connect provider for the single sign-on tests (the `oidc-provider` package, a certified
 * implementation), with its own login and consent pages. Its people are a map the test may change (an e-mail that
 * changes at the provider); a browser test, in another process, sets one with `PUT /test/people/<subject>` and its
 * claims as JSON. Test use only: development keys, any password accepted, nothing kept.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type ProviderPerson = { email?: string; email_verified?: boolean | string; name?: string };

export type TestProvider = { issuer: string; people: Map<string, ProviderPerson>; close(): Promise<void> };

export type TestProviderOptions = {
  port?: number;
  clientId: string;
  clientSecret: string;
  /** Where the provider may send people back: Socle's /api/auth/callback/oidc for each address it is reached by. */
  redirectUris: string[];
  people: Record<string, ProviderPerson>;
};

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map(Object.entries(options.people));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Most providers put the requested claims in the ID token itself, which is what Socle reads.
    conformIdTokenClaims: false,
    cookies: { keys: ["socle-test-provider-only"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    async findAccount(_context, sub) {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: async () => ({ sub, ...person }) } : undefined;
    },
  });
  const answer = provider.callback();
  server.on("request", (request, response) => {
    const person = /^\/test\/people\/([\w.@-]{1,100})$/.exec(request.url ?? "");
    if (request.method !== "PUT" || !person) return void answer(request, response);
    let body = "";
    request.setEncoding("utf8").on("data", (chunk: string) => (body += chunk.slice(0, 10_000)));
    request.on("end", () => {
      people.set(person[1]!, JSON.parse(body) as ProviderPerson);
      response.writeHead(204).end();
    });
  });
  return {
    issuer,
    people,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
