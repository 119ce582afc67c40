/**
 * The assessment's part of the matrix e2e/api-authorization.spec.ts walks: a scheme of the inventory and an item of
 * the matrix, each edited, withdrawn and restored so that it stays for the next visitor.
 */
import type { Target } from "../../lib/permissions";
import type { Call, Case, Where } from "./api-permission-cases";
import { unique } from "./forged-forms";

export const scheme = (nationalName: string) => ({ nationalName, guarantees: ["children"], status: "in_force" });

/** Edit, withdraw and restore one scheme, each quoting the version the previous answer gave. */
export function schemeWrites(where: Where, target: Target | null, idOf: () => string, versions: Map<string, number>): Case[] {
  const tracked = where === "forged" ? undefined : idOf();
  const version = (id: string) => versions.get(id) ?? 1;
  const at = (suffix: string, body: (id: string) => unknown) => (): Call => {
    const id = idOf();
    return { method: suffix ? "POST" : "PATCH", url: `/schemes/${id}${suffix}`, body: body(id) };
  };
  return [
    { name: "PATCH /schemes/{id}", action: "scheme.write", where, target, versionOf: tracked, call: at("", (id) => ({ version: version(id), ...scheme(unique("Edited scheme")) })) },
    { name: "POST /schemes/{id}/withdraw", action: "scheme.write", where, target, versionOf: tracked, call: at("/withdraw", (id) => ({ version: version(id), reason: "API probe" })) },
    { name: "POST /schemes/{id}/restore", action: "scheme.write", where, target, versionOf: tracked, call: at("/restore", (id) => ({ version: version(id) })) },
  ];
}

export const assessmentGap = (statement: string) => ({ guarantee: "children", section: "policy_gap", statement });

/** Edit, move, withdraw and restore one item of a matrix, each quoting the version the previous answer gave. */
export function assessmentItemWrites(where: Where, target: Target | null, idOf: () => string, versions: Map<string, number>): Case[] {
  const tracked = where === "forged" ? undefined : idOf();
  const version = (id: string) => versions.get(id) ?? 1;
  const at = (suffix: string, body: (id: string) => unknown) => (): Call => {
    const id = idOf();
    return { method: suffix ? "POST" : "PATCH", url: `/assessment/items/${id}${suffix}`, body: body(id) };
  };
  const write = (name: string, suffix: string, body: (id: string) => unknown): Case => ({ name, action: "assessment.write", where, target, versionOf: tracked, call: at(suffix, body) });
  return [
    write("PATCH /assessment/items/{id}", "", (id) => ({ version: version(id), statement: unique("Edited gap") })),
    // Restored last, and the add above put one after it: there is always a place below to move to.
    write("POST /assessment/items/{id}/move", "/move", (id) => ({ version: version(id), direction: "down" })),
    write("POST /assessment/items/{id}/withdraw", "/withdraw", (id) => ({ version: version(id), reason: "API probe" })),
    write("POST /assessment/items/{id}/restore", "/restore", (id) => ({ version: version(id) })),
  ];
}
