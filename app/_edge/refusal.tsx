/**
 * A page that refuses draws its refusal on the server. Every page's default export is `withRefusal(Page)` and its
 * generateMetadata `withRefusalTitle(…)`: when the page raises `forbidden()` or `notFound()` (loadPage's mapping of
 * FORBIDDEN and NOT_FOUND, or the page's own), the 403 or 404 page is drawn in the page's place, inside its layouts
 * and in the reader's language, and server.mjs answers with that status.
 *
 * Why not let Next.js draw it: Next 16.4 answers a refusal raised while rendering with the right status and an empty
 * error shell (`<html id="__next_error__">`, no language, no words), the page being drawn by the browser's
 * JavaScript alone (vercel/next.js#62228): blank without JavaScript, and until the scripts arrive on a slow line.
 * Under `next start` itself (no server.mjs to carry the status) the refusal is raised again, as before (decision 2660).
 */
import "server-only";
import type { AsyncLocalStorage } from "node:async_hooks";
import type { Metadata } from "next";
import { getAccessFallbackHTTPStatus, isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RefusalPage } from "@/components/ui/refusal-page";

type Refusal = "forbidden" | "notFound";

/** Where the page stands: inside a layout that gives the main landmark (the app shell, the public site) or not. */
type Placement = { insideShell: boolean };

/** The page, drawing the 403 or 404 page itself when it refuses. */
export function withRefusal<Props>(Page: (props: Props) => ReactNode | Promise<ReactNode>, { insideShell }: Placement = { insideShell: true }) {
  return async function PageOrRefusal(props: Props): Promise<ReactNode> {
    try {
      return await Page(props);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal || !(await answerWith(refusal))) throw error;
      return <RefusalPage kind={refusal} insideShell={insideShell} />;
    }
  };
}

/** The page's generateMetadata, giving the refusal's title when the page refuses. */
export function withRefusalTitle<Args extends unknown[]>(generateMetadata: (...args: Args) => Promise<Metadata>) {
  return async function metadataOrRefusal(...args: Args): Promise<Metadata> {
    try {
      return await generateMetadata(...args);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal || !pageAnswer()) throw error;
      const t = await getTranslations("errors");
      return { title: t(`${refusal}Title`) };
    }
  };
}

function refusalOf(error: unknown): Refusal | null {
  if (!isHTTPAccessFallbackError(error)) return null;
  const status = getAccessFallbackHTTPStatus(error);
  return status === 403 ? "forbidden" : status === 404 ? "notFound" : null;
}

/**
 * Asks server.mjs for the refusal's status; false when there is no server.mjs to ask (`next start`, `next dev`).
 * A client-side navigation fetches the page's flight data (`RSC: 1`): it keeps 200, as Next.js's router reloads the
 * whole page for any other status.
 */
async function answerWith(refusal: Refusal): Promise<boolean> {
  const answer = pageAnswer();
  if (!answer) return false;
  if ((await headers()).get("rsc") !== "1") answer.status = refusal === "forbidden" ? 403 : 404;
  return true;
}

function pageAnswer(): { status?: number } | undefined {
  const answers = (globalThis as { [key: symbol]: AsyncLocalStorage<{ status?: number }> | undefined })[Symbol.for("socle.pageAnswers")];
  return answers?.getStore();
}
