/**
 * The address a request came from, for rate limits. Next sets x-forwarded-for to the socket's address when a
 * request arrives without one; a proxy in front appends the address it saw. The last entry is therefore the
 * one closest to us. A client talking to Next directly can forge it, which is why the per-account limit
 * does not depend on it.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? "unknown";
}
