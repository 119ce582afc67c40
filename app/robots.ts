/**
 * Crawlers read the public pages (decision 2200) and nothing else: the rest of Socle is one working group's or
 * agency's work for the people it signed in, the sign-in page included (it names the install to password guessers).
 */
import type { MetadataRoute } from "next";
import { publicOrigin } from "@/app/_edge/public-origin";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [{ userAgent: "*", allow: "/public/", disallow: "/" }],
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
