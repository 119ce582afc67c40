/**
 * The most expensive requests a client may send to a server action, built from the form a page renders and the
 * limits Socle states: rows at the last allowed number, the most fields, the deepest names, the largest upload,
 * and each just past its limit. Pure, so that tests can check what the request-cost bench sends.
 */
import { maxFormFields, maxFormRowIndex, maxNameDepth } from "../../lib/validation/form-data";
import { maxEvidenceFileBytes, maxFilesPerUpload, uploadRequestLimitMegabytes } from "../../lib/validation/upload-limits";

/** A form as a page renders it: where it posts, its fields with their values, and its file inputs. */
export type PageForm = { path: string; fields: [string, string][]; fileInputs: string[] };

/** One part of a multipart body: text, or a file of `bytes` zero bytes. */
export type Part = { name: string; value: string } | { name: string; fileName: string; bytes: number };

export type CostlyRequest = { name: string; parts: Part[]; withinLimits: boolean };

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&lt;": "<", "&gt;": ">", "&#39;": "'" };
const decode = (text: string) => text.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity]!);
const attribute = (tag: string, name: string) => {
  const value = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decode(value);
};

/** The forms of a page's HTML that post to a server action (they carry React's $ACTION fields). */
export function actionFormsIn(html: string, path: string): PageForm[] {
  const forms: PageForm[] = [];
  for (const form of html.match(/<form[\s\S]*?<\/form>/g) ?? []) {
    const fields: [string, string][] = [];
    const fileInputs: string[] = [];
    for (const control of form.match(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g) ?? []) {
      const tag = /^<[^>]*>/.exec(control)![0];
      const name = attribute(tag, "name");
      if (!name) continue;
      const type = attribute(tag, "type") ?? "text";
      if (type === "file") fileInputs.push(name);
      else if (type !== "submit" && !((type === "checkbox" || type === "radio") && !/\bchecked=""/.test(tag))) {
        const option = control.startsWith("<select") ? /<option\b[^>]*>/.exec(control)?.[0] : undefined;
        fields.push([name, option ? (attribute(option, "value") ?? "") : control.startsWith("<textarea") ? "" : (attribute(tag, "value") ?? "")]);
      }
    }
    if (fields.some(([name]) => name.startsWith("$ACTION"))) forms.push({ path, fields, fileInputs });
  }
  return forms;
}

/** The name of a form's rows ("links" for "links.0.url"), or a made-up one for a form without rows. */
function rowFieldOf(form: PageForm): { list: string; rest: string } {
  for (const [name] of form.fields) {
    const match = /^([^.]+)\.\d+(\..+)?$/.exec(name);
    if (match) return { list: match[1]!, rest: match[2] ?? "" };
  }
  return { list: form.fileInputs[0] ?? "rows", rest: "" };
}

/** The costliest requests for one form; `withinLimits` says whether Socle should read it or refuse it as too large. */
export function costlyRequestsFor(form: PageForm, { uploads = true } = {}): CostlyRequest[] {
  const action = form.fields.filter(([name]) => name.startsWith("$ACTION")).map(([name, value]) => ({ name, value }));
  const own = form.fields.filter(([name]) => !name.startsWith("$ACTION")).map(([name, value]) => ({ name, value }));
  const room = maxFormFields - action.length - own.length;
  const { list, rest } = rowFieldOf(form);
  const padding = (count: number, name: (index: number) => string) => Array.from({ length: count }, (_, index) => ({ name: name(index), value: "x" }));
  const deepName = (parts: number) => Array.from({ length: parts }, (_, index) => (index % 2 ? "0" : `level${index}`)).join(".");
  const requests: CostlyRequest[] = [
    { name: "last row number", parts: [...action, ...own, { name: `${list}.${maxFormRowIndex}${rest}`, value: "x" }], withinLimits: true },
    { name: "row number past the limit", parts: [...action, ...own, { name: `${list}.40000000${rest}`, value: "x" }], withinLimits: false },
    { name: "most fields", parts: [...action, ...own, ...padding(room, (index) => `extra${index}`)], withinLimits: true },
    { name: "one field too many", parts: [...action, ...own, ...padding(room + 1, (index) => `extra${index}`)], withinLimits: false },
    { name: "most values of one field", parts: [...action, ...own, ...padding(room, () => list)], withinLimits: true },
    { name: "deepest names", parts: [...action, ...own, ...padding(Math.min(room, 1000), (index) => `${deepName(maxNameDepth - 1)}.n${index}`)], withinLimits: true },
    { name: "a name too deep", parts: [...action, ...own, { name: deepName(maxNameDepth + 1), value: "x" }], withinLimits: false },
  ];
  if (uploads && form.fileInputs.length > 0) {
    const files = Array.from({ length: maxFilesPerUpload }, (_, index): Part => ({ name: form.fileInputs[0]!, fileName: `evidence-${index}.pdf`, bytes: maxEvidenceFileBytes }));
    requests.push({ name: "largest upload", parts: [...action, ...own, ...files], withinLimits: true });
  }
  if (uploads) {
    // Parsed whole by the proxy and by Next before any count: about 90 bytes a part, 45 MB in all.
    requests.push({ name: "a body full of tiny fields", parts: [...action, ...own, ...padding(500_000, () => "f")], withinLimits: false });
  }
  return requests;
}

/** The largest body a client without a session may send to any page: the whole upload limit, in one file. */
export function anonymousUpload(form: PageForm): CostlyRequest {
  const action = form.fields.filter(([name]) => name.startsWith("$ACTION")).map(([name, value]) => ({ name, value }));
  const bytes = uploadRequestLimitMegabytes * 1024 * 1024 - 64 * 1024;
  return { name: "anonymous upload at the limit", parts: [...action, { name: "files", fileName: "big.pdf", bytes }], withinLimits: false };
}

/** The parts as FormData, for fetch. */
export function toFormData(parts: Part[]): FormData {
  const body = new FormData();
  for (const part of parts) {
    if ("value" in part) body.append(part.name, part.value);
    else body.append(part.name, new File([new Uint8Array(part.bytes)], part.fileName, { type: "application/pdf" }));
  }
  return body;
}
