import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

/**
 * Signing out also empties what the browser kept for offline use (the service worker's page caches, the
 * IndexedDB queue): the next person on this browser finds nothing of the last one.
 */
async function post(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const response: Response = await handler(request, context);
  const { nextauth } = await context.params;
  if (nextauth[0] !== "signout") return response;
  const headers = new Headers(response.headers);
  headers.set("Clear-Site-Data", '"cache", "storage"');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export { handler as GET, post as POST };
