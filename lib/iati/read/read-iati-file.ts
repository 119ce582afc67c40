/**
 * Reads an IATI activity file as a stream (sax, strict, namespaces on): yields the root's facts, then each activity as
 * it closes, holding one activity at a time. A DOCTYPE is refused before anything in it could be expanded; malformed
 * XML, a wrong root or an empty file throw IatiFileError; an activity that breaks the schema is read with problems.
 */
import sax from "sax";
import { type Element, ElementTreeBuilder } from "./element-tree";
import { ProblemList } from "./problem-list";
import { readActivity } from "./read-activity";
import { type IatiReadEvent, IatiFileError, type ReadIatiFileOptions } from "./types";

type SaxAttribute = { name: string; value: string; prefix: string; local: string; uri: string };
type SaxTag = { name: string; local: string; uri: string; attributes: Record<string, SaxAttribute> };

export async function* readIatiFile(source: AsyncIterable<Uint8Array>, options: ReadIatiFileOptions = {}): AsyncGenerator<IatiReadEvent> {
  // strictEntities: only XML's five named entities and character references; a DOCTYPE is refused outright.
  const parser = sax.parser(true, { xmlns: true, position: true, strictEntities: true } as sax.SAXOptions);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const ready: IatiReadEvent[] = [];
  let sawRoot = false;
  let rootVersion: string | null = null;
  let depth = 0;
  let activity: ElementTreeBuilder | null = null;
  let failure: IatiFileError | null = null;

  const fail = (error: IatiFileError) => {
    failure ??= error;
    throw failure;
  };
  const where = () => ({ line: parser.line + 1, column: parser.column + 1 });
  const elementOf = (tag: SaxTag): Element => ({
    name: tag.uri === "" ? tag.local : `{${tag.uri}}${tag.local}`,
    attributes: Object.values(tag.attributes).map(({ name, local, uri, value }) => ({ name, local, uri, value })),
    children: [],
    text: "",
    line: parser.line + 1,
  });

  parser.ondoctype = (doctype: string) => fail(new IatiFileError("entities", { ...where(), detail: `DOCTYPE ${doctype.trim().slice(0, 80)}` }));
  parser.onerror = (error: Error) => fail(new IatiFileError("malformed", { ...where(), detail: error.message.split("\n")[0] }));
  parser.onopentag = (node) => {
    const tag = node as unknown as SaxTag;
    depth++;
    if (!sawRoot) {
      sawRoot = true;
      if (tag.local !== "iati-activities" || tag.uri !== "") fail(new IatiFileError("wrong_root", { ...where(), detail: tag.name }));
      const root = elementOf(tag);
      const attr = (name: string) => root.attributes.find((candidate) => candidate.uri === "" && candidate.name === name)?.value.trim() || null;
      rootVersion = attr("version");
      const problems = new ProblemList();
      if (rootVersion === null) problems.add("iati-activities/@version", "missing_version");
      ready.push({ kind: "header", declaredVersion: rootVersion, generatedAt: attr("generated-datetime"), problems: problems.list() });
      return;
    }
    if (activity !== null) {
      activity.open(elementOf(tag));
    } else if (depth === 2 && tag.local === "iati-activity" && tag.uri === "") {
      activity = new ElementTreeBuilder(elementOf(tag));
    }
  };
  const onText = (text: string) => activity?.text(text);
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onclosetag = () => {
    depth--;
    if (activity !== null && activity.close()) {
      const { root, overflow } = activity;
      activity = null;
      ready.push({ kind: "activity", activity: readActivity(root, { rootVersion, overflow }) });
    }
  };

  let bytesRead = 0;
  const write = (text: string) => {
    try {
      parser.write(text);
    } catch (error) {
      if (error instanceof IatiFileError) throw error;
      throw new IatiFileError("malformed", { ...where(), detail: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    }
  };
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new IatiFileError("malformed", { ...where(), detail: "not UTF-8" });
    }
  };

  for await (const chunk of source) {
    bytesRead += chunk.byteLength;
    write(decode(chunk));
    options.onBytes?.(bytesRead);
    yield* ready.splice(0);
  }
  write(decode());
  if (!sawRoot) throw new IatiFileError("empty", { detail: bytesRead === 0 ? "no bytes" : "no root element" });
  write("");
  try {
    parser.close();
  } catch (error) {
    if (error instanceof IatiFileError) throw error;
    throw new IatiFileError("malformed", { ...where(), detail: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
  yield* ready.splice(0);
}
