import { RefusalPage } from "@/components/ui/refusal-page";

export default function Forbidden() {
  return <RefusalPage kind="forbidden" insideShell />;
}
