/**
 * The small tree of one `iati-activity` element, built from the parser's events and dropped once the activity is read:
 * the reader holds one of these at a time, never the file. Text is kept only where it is read (narratives, values,
 * identifiers), and the tree is capped (iatiReadLimits) so that one hostile activity cannot grow the heap.
 */
import { iatiReadLimits } from "./types";

/** An attribute as the parser resolved it: `uri` is "" for un-namespaced attributes (IATI's own). */
export interface ElementAttribute {
  name: string;
  local: string;
  uri: string;
  value: string;
}

export interface Element {
  /** The local name of an IATI element (no namespace), else `{uri}local` so it never matches one. */
  name: string;
  attributes: ElementAttribute[];
  children: Element[];
  text: string;
  line: number;
}

/** Elements whose text the reader uses; the text of others (whitespace, mostly) is not kept. */
const textElements = new Set(["narrative", "value", "iati-identifier"]);

/** Nodes kept per activity (every element counts); past it, elements are left out and the activity says so. */
const maxElementsPerActivity = 100_000;
/** Characters of text kept per activity, across its elements. */
const maxTextPerActivity = 4_000_000;

/** The value of an un-namespaced attribute (or `xml:lang`), trimmed; null when absent or blank. */
export function attribute(element: Element, name: string): string | null {
  const found = element.attributes.find((candidate) => (candidate.uri === "" ? candidate.name === name : candidate.name === name && name.startsWith("xml:")));
  const value = found?.value.trim();
  return value ? value : null;
}

/** The children with this name. */
export function childrenNamed(element: Element, name: string): Element[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: Element, name: string): Element | null {
  return element.children.find((child) => child.name === name) ?? null;
}

/** Builds one activity's tree from open/text/close events; `overflow` says what the caps cut. */
export class ElementTreeBuilder {
  readonly root: Element;
  private readonly stack: Element[];
  private elementCount = 1;
  private textCount = 0;
  /** Depth of an element being skipped because a cap was reached (0: not skipping). */
  private skippedDepth = 0;
  overflow = { elements: 0, textCharacters: 0, truncatedTexts: 0 };

  constructor(root: Element) {
    this.root = root;
    this.stack = [root];
  }

  get depth(): number {
    return this.stack.length + this.skippedDepth;
  }

  open(element: Element): void {
    if (this.skippedDepth > 0 || this.elementCount >= maxElementsPerActivity) {
      if (this.skippedDepth === 0) this.overflow.elements++;
      this.skippedDepth++;
      return;
    }
    this.elementCount++;
    this.stack.at(-1)!.children.push(element);
    this.stack.push(element);
  }

  text(text: string): void {
    if (this.skippedDepth > 0) return;
    const current = this.stack.at(-1)!;
    if (!textElements.has(current.name)) return;
    const room = Math.min(iatiReadLimits.textCharacters - current.text.length, maxTextPerActivity - this.textCount);
    if (room <= 0) {
      this.overflow.textCharacters += text.length;
      return;
    }
    const kept = text.length > room ? text.slice(0, room) : text;
    if (kept.length < text.length) {
      this.overflow.textCharacters += text.length - kept.length;
      this.overflow.truncatedTexts++;
    }
    current.text += kept;
    this.textCount += kept.length;
  }

  /** Closes the current element; true when it was the activity itself. */
  close(): boolean {
    if (this.skippedDepth > 0) {
      this.skippedDepth--;
      return false;
    }
    this.stack.pop();
    return this.stack.length === 0;
  }
}
