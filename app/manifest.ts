/**
 * The web app manifest (/manifest.webmanifest): lets a phone install Socle on its home screen, opening as an app
 * at the person's home. Served to anyone, like the icons it names: a browser fetches it without the session.
 */
import type { MetadataRoute } from "next";
import { brandColour, pageColour } from "@/lib/app-colours";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    // A proper name, the same in every language Socle speaks.
    name: "Socle",
    short_name: "Socle",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: brandColour,
    background_color: pageColour,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
