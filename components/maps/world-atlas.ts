/**
 * The world as SVG path data, drawn once per process: Natural Earth's countries at 1:110 million from world-atlas
 * (TopoJSON whose ids are ISO 3166-1 numeric codes), in the Equal Earth projection fitted to a fixed viewBox
 * (decision 1920). The grey land and its borders, most of a map's weight, are rounded to whole units; the countries
 * a map colours, to tenths, so that a narrow one (Togo, Benin) keeps its shape. The shapes are one file a page's map
 * refers to (`worldSprite`, decision 2480), which the browser fetches once and keeps: a map then only picks its
 * countries and colours them.
 */
import "server-only";
import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath, type GeoPath } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
// The main entry registers all eighty languages' names: the codes alone are in `index`.
import { alpha2ToNumeric, numericToAlpha2 } from "i18n-iso-countries/index";
import { feature, merge, mesh } from "topojson-client";
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import countries110m from "world-atlas/countries-110m.json";

export type MapPoint = readonly [x: number, y: number];
export type CountryShape = { d: string; area: number; centre: MapPoint };

export type WorldAtlas = {
  width: number;
  height: number;
  /** Every country's land as one shape, and the borders between them as one line: each border drawn once. */
  land: string;
  borders: string;
  /** By ISO alpha-2 code; a few shapes of the atlas have no code (Kosovo, Somaliland, Northern Cyprus). */
  shapes: ReadonlyMap<string, CountryShape>;
};

type CountryGeometry = TopoPolygon<{ name: string }> | TopoMultiPolygon<{ name: string }>;
type CountriesTopology = Topology<{ countries: { type: "GeometryCollection"; geometries: CountryGeometry[] } }>;

export const mapWidth = 960;
/** Antarctica takes a fifth of the height and has no working group. */
const antarctica = "010";

export function alpha2OfAtlasId(id: string | number | undefined): string | undefined {
  return id === undefined ? undefined : numericToAlpha2(id);
}

export function atlasIdOfAlpha2(code: string): string | undefined {
  return alpha2ToNumeric(code);
}

/** A marker goes on the largest piece of a country (Cabo Verde's Santiago, not the sea between its islands). */
function largestPieceCentre(path: GeoPath, country: Feature<Polygon | MultiPolygon>): MapPoint {
  const pieces: Feature<Polygon>[] =
    country.geometry.type === "Polygon"
      ? [country as Feature<Polygon>]
      : country.geometry.coordinates.map((coordinates) => ({ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates } }));
  const largest = pieces.reduce((best, piece) => (path.area(piece) > path.area(best) ? piece : best));
  const [x, y] = path.centroid(largest);
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

function shapesOf(topology: CountriesTopology, path: GeoPath, keep: (code: string) => boolean): Map<string, CountryShape> {
  const shapes = new Map<string, CountryShape>();
  for (const geometry of topology.objects.countries.geometries) {
    const code = alpha2OfAtlasId(geometry.id);
    if (!code || !keep(code) || geometry.id === antarctica) continue;
    const country = feature(topology, geometry) as Feature<Polygon | MultiPolygon>;
    shapes.set(code, { d: path(country) ?? "", area: path.area(country), centre: largestPieceCentre(path, country) });
  }
  return shapes;
}

function drawWorld() {
  const topology = countries110m as unknown as CountriesTopology;
  const inhabited = topology.objects.countries.geometries.filter((geometry) => geometry.id !== antarctica);
  const projection = geoEqualEarth().fitWidth(mapWidth, feature(topology, { type: "GeometryCollection", geometries: inhabited }));
  const path = geoPath(projection).digits(1);
  const outline = geoPath(projection).digits(0);
  const height = Math.ceil(path.bounds(feature(topology, { type: "GeometryCollection", geometries: inhabited }))[1][1]);
  const atlas: WorldAtlas = {
    width: mapWidth,
    height,
    land: outline(merge(topology, inhabited)) ?? "",
    borders: outline(mesh(topology, { type: "GeometryCollection", geometries: inhabited }, (a, b) => a !== b)) ?? "",
    shapes: shapesOf(topology, path, () => true),
  };
  return { atlas, path };
}

let drawn: ReturnType<typeof drawWorld> | undefined;
let beyond: Promise<ReadonlyMap<string, MapPoint>> | undefined;

export function worldAtlas(): WorldAtlas {
  return (drawn ??= drawWorld()).atlas;
}

/**
 * Where the countries too small for the 1:110m atlas lie (Cabo Verde, Mauritius, Samoa…), from the 1:50m one in
 * the same projection. It is loaded, once, only when a map colours such a country: its shapes weigh ten times more.
 */
export function pointsBeyondTheAtlas(): Promise<ReadonlyMap<string, MapPoint>> {
  const { atlas, path } = (drawn ??= drawWorld());
  return (beyond ??= import("world-atlas/countries-50m.json").then(({ default: countries50m }) => {
    const shapes = shapesOf(countries50m as unknown as CountriesTopology, path, (code) => !atlas.shapes.has(code));
    return new Map([...shapes].map(([code, shape]) => [code, shape.centre]));
  }));
}

let sprite: { svg: string; href: string } | undefined;

/**
 * Every shape of the atlas as one SVG file of definitions, by id: `land`, `borders`, and each country by its ISO
 * alpha-2 code, without colours (a map's `<use>` gives them). Served at `href` (app/maps/world.svg), whose version is
 * the file's digest, so a browser keeps it as long as it likes and a new atlas is a new address.
 */
export function worldSprite(): { svg: string; href: string } {
  if (sprite) return sprite;
  const atlas = worldAtlas();
  const paths = [
    `<path id="land" d="${atlas.land}"/>`,
    `<path id="borders" d="${atlas.borders}"/>`,
    ...[...atlas.shapes].map(([code, shape]) => `<path id="${code}" d="${shape.d}"/>`),
  ];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${atlas.width} ${atlas.height}"><defs>${paths.join("")}</defs></svg>\n`;
  const version = createHash("sha256").update(svg).digest("hex").slice(0, 16);
  return (sprite = { svg, href: `/maps/world.svg?v=${version}` });
}
