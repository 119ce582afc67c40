/** The values the resource form starts from: blank for a new resource, or a resource as it stands (also after a conflict). */
import type { resourceKinds } from "@/lib/forms/choices";
import type { ResourceView } from "@/lib/library/get-resource";

export type ResourceFormValues = {
  id?: string;
  version?: number | string;
  title: string;
  description: string;
  kind: (typeof resourceKinds)[number];
  languages: string[];
  url: string;
  stepKeys: string[];
  agencyIds: string[];
  year: string;
};

export function newResourceFormValues({ stepKeys, agencyIds }: { stepKeys: string[]; agencyIds: string[] }): ResourceFormValues {
  return { title: "", description: "", kind: "tool_methodology", languages: [], url: "", stepKeys, agencyIds, year: "" };
}

export function resourceFormValues(resource: ResourceView): ResourceFormValues {
  return {
    id: resource.id,
    version: resource.version,
    title: resource.title,
    description: resource.description,
    kind: resource.kind,
    languages: resource.languages,
    url: resource.url ?? "",
    stepKeys: resource.stepKeys,
    agencyIds: resource.agencies.map((agency) => agency.id),
    year: resource.year === null ? "" : String(resource.year),
  };
}
