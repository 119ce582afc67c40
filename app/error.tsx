"use client";
/** Shown when a page fails unexpectedly: a plain message and a retry, never a stack trace. */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ProblemPage } from "@/components/ui/problem-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <ProblemPage
      title={t("unexpectedTitle")}
      body={t("unexpectedBody")}
      action={
        <Button type="button" onClick={() => reset()}>
          {t("tryAgain")}
        </Button>
      }
    />
  );
}
