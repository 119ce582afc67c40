/**
 * The one rule for where Socle sends someone after signing in or out: a page of this Socle, named by a path
 * with a single leading slash (or this origin's full address); anything else goes to the start page. A path
 * too long for a redirect header loses its query, or is the start page.
 * Used by next-auth's redirect callback, the sign-in page and the sign-in form; runs in the browser too.
 */

const startPage = "/";

/** Longest path sent back after sign-in: a longer one (a search of pages of text) makes a Location header clients refuse. */
export const longestRedirectPath = 2000;

/** The whole path, or without its query and fragment when too long, or none. */
export function boundedPath(path: string): string | null {
  if (path.length <= longestRedirectPath) return path;
  const bare = path.split(/[?#]/)[0]!;
  return bare.length <= longestRedirectPath ? bare : null;
}

/** "//host" and "/\host" are other sites to a browser; control characters are dropped by it before parsing. */
function isLocalPath(path: string): boolean {
  return /^\/(?![/\\])/.test(path) && !/[\u0000-\u001f\u007f\\]/.test(path) && !path.startsWith("/api/");
}

export function safeRedirectPath(value: string | string[] | null | undefined, origin: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  // Past this not even its path could be kept: nothing longer is parsed.
  if (!raw || raw.length > 4 * longestRedirectPath) return startPage;
  let path = raw;
  if (!raw.startsWith("/")) {
    try {
      const url = new URL(raw);
      if (url.origin !== new URL(origin).origin) return startPage;
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return startPage; // neither a path nor an address
    }
  }
  return isLocalPath(path) ? (boundedPath(path) ?? startPage) : startPage;
}
