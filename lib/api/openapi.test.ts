import fs from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { endpoints } from "./endpoints";
import { openApiDocument } from "./openapi";

const apiFolder = path.join(import.meta.dirname, "../../app/api/v1");
/** Route files that are not endpoints: the description itself, and the JSON 404 for unknown addresses. */
const notEndpoints = ["openapi.json/route.ts", "[...unknown]/route.ts"];

function routeFiles(folder = apiFolder): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [path.relative(apiFolder, full)] : [];
  });
}

/** app/api/v1/countries/[code]/route.ts serves /countries/{code}. */
function pathOf(routeFile: string): string {
  const segments = path.dirname(routeFile).split(path.sep).filter((segment) => segment !== ".");
  return `/${segments.map((segment) => segment.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

const document = openApiDocument(endpoints);

describe("the OpenAPI description of /api/v1", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every route file, at the address the file serves", () => {
    const files = routeFiles().filter((file) => !notEndpoints.includes(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const source = fs.readFileSync(path.join(apiFolder, file), "utf8");
      const served = [...source.matchAll(/export const (\w+) = serve\("(\w+)", "([^"]+)"\)/g)];
      expect(served.length, `${file} serves nothing through serve()`).toBeGreaterThan(0);
      expect(source.replace(/export const dynamic = [^\n]+/, "")).not.toMatch(/export (async )?function|export \{/);
      for (const [, exported, method, servedPath] of served) {
        expect(exported, file).toBe(method);
        expect(servedPath, file).toBe(pathOf(file));
        const operations = document.paths?.[servedPath!] as Record<string, unknown> | undefined;
        expect(operations?.[method!.toLowerCase()], `${method} ${servedPath} in openapi.json`).toBeDefined();
      }
    }
  });

  it("has a route file for every declared endpoint", () => {
    const served = new Set(
      routeFiles().flatMap((file) =>
        [...fs.readFileSync(path.join(apiFolder, file), "utf8").matchAll(/serve\("(\w+)", "([^"]+)"\)/g)].map(([, method, p]) => `${method} ${p}`),
      ),
    );
    for (const endpoint of endpoints) expect(served, endpoint.operationId).toContain(`${endpoint.method} ${endpoint.path}`);
  });

  it("names each operation once and describes the shared error body", () => {
    const ids = endpoints.map((endpoint) => endpoint.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.components?.schemas?.Error).toBeDefined();
    expect(document.paths?.["/countries"]?.get?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : null))).toEqual([
      "region",
      "spfiStatus",
      "limit",
      "cursor",
    ]);
  });

  it("describes the gaps across countries with the page's filters", () => {
    const operation = document.paths?.["/assessment/gaps"]?.get;
    expect(operation?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : null))).toEqual(["guarantee", "region", "spfiStatus", "agency"]);
    expect(document.components?.schemas?.AssessmentGaps).toBeDefined();
  });

  it("describes the validated costings across countries", () => {
    expect(document.paths?.["/costing/comparison"]?.get?.operationId).toBe("getCostingComparison");
    expect(document.components?.schemas?.CostingComparisonPackage).toBeDefined();
  });

  it("offers the Idempotency-Key header on creates, and only there", () => {
    const headersOf = (operation: { parameters?: unknown[] } | undefined) =>
      (operation?.parameters ?? []).flatMap((parameter) => (parameter && typeof parameter === "object" && "in" in parameter && parameter.in === "header" && "name" in parameter ? [parameter.name] : []));
    for (const endpoint of endpoints) {
      const operation = (document.paths?.[endpoint.path] as Record<string, { parameters?: unknown[] }> | undefined)?.[endpoint.method.toLowerCase()];
      expect(headersOf(operation), endpoint.operationId).toEqual(endpoint.idempotent ? ["Idempotency-Key"] : []);
    }
    expect(endpoints.filter((endpoint) => endpoint.idempotent).map((endpoint) => endpoint.operationId)).toEqual(
      expect.arrayContaining(["logMilestone", "addSupportEntry", "addScheme", "addAssessmentItem", "endorseAssessment"]),
    );
  });
});
