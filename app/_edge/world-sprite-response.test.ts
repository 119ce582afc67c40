/** The world map's file of shapes: every outline by id, no colours, kept by the browser for as long as it likes. */
import { describe, expect, it } from "vitest";
import { worldAtlas, worldSprite } from "@/components/maps/world-atlas";
import { worldSpriteResponse } from "./world-sprite-response";

describe("the world map's file of shapes", () => {
  it("holds the land, the borders and each country's outline by code, and is served to be kept", async () => {
    const { svg, href } = worldSprite();
    expect(href).toMatch(/^\/maps\/world\.svg\?v=[0-9a-f]{16}$/);
    expect(svg).toContain(`<path id="BJ" d="${worldAtlas().shapes.get("BJ")!.d}"/>`);
    expect(svg).toContain(`<path id="land" d="${worldAtlas().land}"/>`);
    expect(svg.match(/<path id="/g)).toHaveLength(worldAtlas().shapes.size + 2);
    expect(svg).not.toMatch(/fill=|stroke=/); // each map's <use> colours the shapes
    const response = worldSpriteResponse();
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe(svg);
  });
});
