/**
 * A world map of countries coloured by class, drawn on the server as SVG (decision 1920): no script, the same with
 * JavaScript or without. The map is for the eye; a screen reader reads the table beside it, which says the same in
 * text, and links each country (a link inside role="img" is an interactive element within an image, which axe finds
 * serious). Each coloured country carries a tooltip with its name and value; a country too small to see gets a
 * marker, and one the atlas cannot place is named under the legend.
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { type MapClass, noDataColour } from "./map-classes";
import { type MapPoint, pointsBeyondTheAtlas, worldAtlas, worldSprite } from "./world-atlas";

/** A country on the map: its class, and its name and value as the reader reads them. */
export type MapCountry = { countryCode: string; classKey: string; name: string; value: string };

/** Below this area (in viewBox units, about 6 × 6) a shape is hard to see, let alone to point at: Jamaica, Luxembourg. */
const markerBelowArea = 40;
const markerRadius = 4.5;

type PlacedCountry = MapCountry & { colour: string; shape: boolean; marker?: MapPoint };

export async function WorldMap({
  id,
  title,
  classes,
  countries,
  noDataLabel,
}: {
  /** Unique on the page: names the title and the note the SVG points to. */
  id: string;
  title: string;
  classes: MapClass[];
  countries: MapCountry[];
  /** What the grey countries are (default "No data"). */
  noDataLabel?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("worldMap"), getFormatter()]);
  const atlas = worldAtlas();
  // The shapes come from one file the browser keeps (decision 2480): the page carries which ones, not their outlines.
  const { href: sprite } = worldSprite();
  const colourOf = new Map(classes.map((mapClass) => [mapClass.key, mapClass.colour]));
  const coloured = countries.filter((country) => colourOf.has(country.classKey));
  const beyond = coloured.some((country) => !atlas.shapes.has(country.countryCode)) ? await pointsBeyondTheAtlas() : new Map<string, MapPoint>();

  const placed: PlacedCountry[] = [];
  const notDrawn: MapCountry[] = [];
  for (const country of coloured) {
    const shape = atlas.shapes.get(country.countryCode);
    const marker = shape ? (shape.area < markerBelowArea ? shape.centre : undefined) : beyond.get(country.countryCode);
    if (!shape && !marker) notDrawn.push(country);
    else placed.push({ ...country, colour: colourOf.get(country.classKey)!, shape: Boolean(shape), marker });
  }
  // Markers last, so that no neighbour's shape covers them.
  placed.sort((a, b) => Number(Boolean(a.marker)) - Number(Boolean(b.marker)));
  const counts = new Map<string, number>();
  for (const country of coloured) counts.set(country.classKey, (counts.get(country.classKey) ?? 0) + 1);

  return (
    <figure className="my-4">
      <figcaption id={`${id}-title`} className="mb-2 font-medium text-slate-800">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${atlas.width} ${atlas.height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-note`}
        className="h-auto w-full max-w-4xl"
      >
        <desc id={`${id}-note`}>{t("sameInTable")}</desc>
        <use href={`${sprite}#land`} fill={noDataColour} />
        <use href={`${sprite}#borders`} fill="none" stroke="#fff" strokeWidth={0.5} />
        {placed.map((country) => (
          <g key={country.countryCode} data-country={country.countryCode}>
            <title>{t("countryTitle", { name: country.name, value: country.value })}</title>
            {country.shape ? <use href={`${sprite}#${country.countryCode}`} fill={country.colour} stroke="#fff" strokeWidth={0.5} /> : null}
            {country.marker ? (
              <circle cx={country.marker[0]} cy={country.marker[1]} r={markerRadius} fill={country.colour} stroke="#0f172a" strokeWidth={0.75} />
            ) : null}
          </g>
        ))}
      </svg>
      <ul aria-label={t("legend")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {classes.map((mapClass) => (
          <li key={mapClass.key} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: mapClass.colour }} />
            {t("legendEntry", { label: mapClass.label, count: counts.get(mapClass.key) ?? 0 })}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm border border-slate-300" style={{ backgroundColor: noDataColour }} />
          {noDataLabel ?? t("noData")}
        </li>
      </ul>
      {notDrawn.length > 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("notDrawn", { countries: format.list(notDrawn.map((country) => country.name)) })}</p>
      ) : null}
    </figure>
  );
}
