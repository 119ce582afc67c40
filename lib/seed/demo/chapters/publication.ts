/**
 * The demonstration dataset's chapter on public pages (decision 2200): on the story's last day the coordinator
 * publishes Benin's, Mozambique's and Thailand's pages, over whatever the quality check lists (recorded, as a real
 * coordinator's would be). Each page then shows what those working groups shared with all, under the demo banner.
 */
import { changeCountryPublication, getCountryPublication } from "@/lib/publication/publish-country";
import type { Story } from "../story";

export const demoPublishedCountries = ["BJ", "MZ", "TH"] as const;

export function tellPublication(story: Story): void {
  const { db, end, people } = story;
  for (const countryCode of demoPublishedCountries) {
    story.at("publication", end, async () => {
      const { publication } = await getCountryPublication(db, people.coordinator, countryCode);
      // A page someone real published stays theirs.
      if (publication.published) return;
      await changeCountryPublication(db, people.coordinator, { country: countryCode, published: true, version: publication.version, publishAnyway: true });
    });
  }
}
