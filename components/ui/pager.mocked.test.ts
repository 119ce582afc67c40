/**
 * The pager's words: where a page stands, also when the list was counted only so far ("of more than 2,000") and when
 * the page lies beyond what was counted; and nothing at all for a list of one page.
 */
import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { Pager } from "./pager";

let messages: typeof en = en;
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "paging") => createTranslator({ locale: messages === fr ? "fr" : "en", messages, namespace }),
}));

const render = async (props: Parameters<typeof Pager>[0]) => {
  const element = await Pager(props);
  return element ? renderToStaticMarkup(element).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() : null;
};
const links = { newer: { href: "/activity" }, older: { href: "/activity?before=10" } };

describe("the pager", () => {
  it("says where the page stands, counted or counted only so far", async () => {
    messages = en;
    expect(await render({ label: "Pages", from: 21, to: 40, total: 143, ...links })).toBe("Showing 21–40 of 143 ← Newer Older →");
    expect(await render({ label: "Pages", from: 1, to: 50, total: 2000, more: true, newer: null, older: links.older })).toBe("Showing 1–50 of more than 2,000 Older →");
    expect(await render({ label: "Pages", from: null, to: 49, total: 2000, more: true, ...links })).toBe("Older than the newest 2,000 ← Newer Older →");
    expect(await render({ label: "Pages", from: 1, to: 5, total: 5, newer: null, older: null })).toBeNull();
    messages = fr;
    expect(await render({ label: "Pages", from: 1, to: 50, total: 2000, more: true, newer: null, older: links.older })).toBe("1–50 sur plus de 2 000 Plus anciens →");
  });
});
