/**
 * A link between Socle's pages. Next's <Link> fetches every linked page it sees on screen before anyone asks, and
 * Socle's pages are all rendered per person: twenty links on a page meant twenty server renders and their
 * downloads on every visit, a cost to people on slow or metered connections and to the server (decision 2400).
 * Here a page is fetched when the link is followed; navigation stays client-side.
 */
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
