/**
 * The world map as a reader gets it: each coloured country in its class's colour with its name and value as a
 * tooltip and a link; countries too small to see as a marker; one the atlas cannot place named in text; the legend
 * naming every class. ISO codes meet the atlas's numeric ids, and nearly every country can be placed.
 */
import { createFormatter, createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { iso3166Alpha2 } from "@/lib/countries/iso-3166";
import en from "@/lib/i18n/messages/en.json";
import { categoryClasses, noDataColour, rangeClasses, rangeOf, sequentialColours } from "./map-classes";
import { alpha2OfAtlasId, atlasIdOfAlpha2, pointsBeyondTheAtlas, worldAtlas, worldSprite } from "./world-atlas";
import { type MapCountry, WorldMap } from "./world-map";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "worldMap") => createTranslator({ locale: "en", messages: en, namespace }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "UTC" }),
}));

const classes = categoryClasses(["activities_under_way", "interest_expressed"], (status) => en.spfiStatus[status]);

async function mapOf(countries: MapCountry[]) {
  return renderToStaticMarkup(await WorldMap({ id: "test-map", title: "Countries by SPF-I status", classes, countries, noDataLabel: "Not followed in Socle" }));
}

/** One country's drawing: its link or group, up to where it closes. */
function drawingOf(html: string, code: string) {
  const start = html.search(new RegExp(`<g[^>]*data-country="${code}"`));
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf("</g>", start) + "</g>".length);
}

describe("the world map", () => {
  it("colours a country in its class's colour, titles it with its name and value, and links nothing (the table does)", async () => {
    const html = await mapOf([
      { countryCode: "BJ", classKey: "activities_under_way", name: "Benin", value: "Activities under way" },
      { countryCode: "GH", classKey: "interest_expressed", name: "Ghana", value: "Interest expressed" },
    ]);
    const benin = drawingOf(html, "BJ")!;
    expect(benin).toMatch(/^<g/);
    expect(html).not.toContain("<a ");
    expect(benin).toContain("<title>Benin: Activities under way</title>");
    // Its outline is the atlas file's, by code: the page says which shape and which colour, not the shape again.
    expect(benin).toMatch(/<use href="\/maps\/world\.svg\?v=[0-9a-f]{16}#BJ" fill="#1d4ed8"/);
    expect(benin).not.toContain("<circle");
    const ghana = drawingOf(html, "GH")!;
    expect(ghana).toMatch(/^<g/);
    expect(ghana).toContain("<title>Ghana: Interest expressed</title>");
    expect(ghana).toContain(`fill="${classes[1]!.colour}"`);
    // Everything else is the one grey land shape.
    expect(html).toMatch(new RegExp(`<use href="[^"]+#land" fill="${noDataColour}"`));
    expect(html).not.toContain("<path");
    expect(html.match(/<title>/g)).toHaveLength(2);
  });

  it("names itself and the table that says the same, and its legend names every class with its count", async () => {
    const html = await mapOf([
      { countryCode: "BJ", classKey: "activities_under_way", name: "Benin", value: "Activities under way" },
      { countryCode: "TG", classKey: "activities_under_way", name: "Togo", value: "Activities under way" },
    ]);
    expect(html).toMatch(/<figcaption id="test-map-title"[^>]*>Countries by SPF-I status<\/figcaption>/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="test-map-title"[^>]*aria-describedby="test-map-note"/);
    expect(html).toContain('<desc id="test-map-note">The table gives the same in text.</desc>');
    for (const text of ["Activities under way (2)", "Interest expressed (0)", "Not followed in Socle"]) expect(html).toContain(text);
  });

  it("marks a country too small to see, and one the 1:110m atlas lacks, at its place; names one no atlas has", async () => {
    const html = await mapOf([
      { countryCode: "JM", classKey: "interest_expressed", name: "Jamaica", value: "Interest expressed" },
      { countryCode: "CV", classKey: "activities_under_way", name: "Cabo Verde", value: "Activities under way" },
      { countryCode: "TV", classKey: "interest_expressed", name: "Tuvalu", value: "Interest expressed" },
    ]);
    expect(drawingOf(html, "JM")).toMatch(/<use href="[^"]+#JM"[^>]*><\/use><circle/);
    const caboVerde = drawingOf(html, "CV")!;
    expect(caboVerde).toContain("<title>Cabo Verde: Activities under way</title>");
    expect(caboVerde).not.toContain("<use");
    // West of Africa's bulge, level with Senegal: left of Dakar on the map, and about as high.
    const [, cx, cy] = caboVerde.match(/<circle cx="([\d.]+)" cy="([\d.]+)"/)!.map(Number);
    const senegal = worldAtlas().shapes.get("SN")!.centre;
    expect(cx).toBeLessThan(senegal[0]);
    expect(Math.abs(cy! - senegal[1])).toBeLessThan(15);
    expect(drawingOf(html, "TV")).toBeUndefined();
    expect(html).toContain("Not in the map&#x27;s atlas, so not drawn: Tuvalu.");
  });

  it("places every country a coordinator may add but Antarctica, overseas departments and a few specks", async () => {
    const beyond = await pointsBeyondTheAtlas();
    const unseen = [...iso3166Alpha2].filter((code) => !worldAtlas().shapes.has(code) && !beyond.has(code)).sort();
    // Natural Earth draws Guadeloupe, Martinique, Guiana, Réunion and Mayotte as France, Svalbard as Norway.
    expect(unseen).toEqual(["AQ", "BQ", "BV", "CC", "CX", "GF", "GI", "GP", "MQ", "RE", "SJ", "TK", "TV", "UM", "YT"]);
  });

  it("refers to its shapes in the atlas's file of shapes, by code", async () => {
    const { svg, href } = worldSprite();
    const html = await mapOf([{ countryCode: "BJ", classKey: "activities_under_way", name: "Benin", value: "Activities under way" }]);
    const refs = [...html.matchAll(/<use href="([^"#]+)#([^"]+)"/g)];
    expect(refs.map(([, file]) => file)).toEqual([href, href, href]);
    for (const [, , id] of refs) expect(svg).toMatch(new RegExp(`<path id="${id}" d="M[\\d.,MLZ-]+"/>`));
  });

  it("is projected once per process, not per map", () => {
    expect(worldAtlas()).toBe(worldAtlas());
    expect(worldAtlas().shapes.size).toBeGreaterThan(170);
  });
});

describe("the atlas's codes", () => {
  it("meets ISO alpha-2 codes with the atlas's numeric ids both ways", () => {
    expect(alpha2OfAtlasId("204")).toBe("BJ");
    expect(atlasIdOfAlpha2("BJ")).toBe("204");
    expect(alpha2OfAtlasId("076")).toBe("BR");
    expect(alpha2OfAtlasId(undefined)).toBeUndefined();
    expect(worldAtlas().shapes.has("BJ")).toBe(true);
  });
});

describe("the map's classes", () => {
  it("cuts values at breaks, names each range, and spreads few classes over the scale", () => {
    expect([0, 1, 2, 3, 6, 7, 12].map((value) => rangeOf(value, [1, 3, 5, 7]))).toEqual([0, 1, 1, 2, 3, 4, 4]);
    const ranges = rangeClasses([1, 3, 5, 7], ({ from, below }) => `${from ?? "…"}–${below ?? "…"}`);
    expect(ranges.map((range) => range.label)).toEqual(["…–1", "1–3", "3–5", "5–7", "7–…"]);
    expect(ranges.map((range) => range.colour)).toEqual([...sequentialColours]);
    expect(rangeClasses([50], () => "").map((range) => range.colour)).toEqual([sequentialColours[0], sequentialColours[4]]);
    expect(() => rangeClasses([1, 2, 3, 4, 5], () => "")).toThrow(RangeError);
  });
});
