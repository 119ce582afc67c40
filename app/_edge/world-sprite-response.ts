/**
 * The world map's shapes as a response (components/maps/world-atlas.ts, `worldSprite`): public geography, the same
 * for everyone, addressed by its digest, so a browser fetches it once and keeps it (decision 2480).
 */
import { worldSprite } from "@/components/maps/world-atlas";

export function worldSpriteResponse(): Response {
  return new Response(worldSprite().svg, {
    headers: { "content-type": "image/svg+xml; charset=utf-8", "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff" },
  });
}
