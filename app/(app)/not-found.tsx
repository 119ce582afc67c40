import { RefusalPage } from "@/components/ui/refusal-page";

export default function NotFound() {
  return <RefusalPage kind="notFound" insideShell />;
}
