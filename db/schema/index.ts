/** The whole schema, one module per domain. */
export * from "./accounts";
export * from "./agencies";
export * from "./assessment";
export * from "./costing";
export * from "./api";
export * from "./audit";
export * from "./common";
export * from "./framework";
export * from "./geography";
export * from "./learning";
export * from "./progress";
export * from "./support";
export * from "./text-search";
export * from "./results";
export * from "./review";
export * from "./demo";
