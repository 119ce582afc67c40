"use client";
/**
 * The sign-in form. Without JavaScript it posts straight to next-auth; with JavaScript it signs in through
 * next-auth's client so that a refused attempt keeps what was typed and shows the reason in place.
 */
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { signInError } from "./sign-in-error";

type Messages = {
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  /** By next-auth's error code, "RateLimited:<minutes>" included. */
  errors: Record<string, string>;
};

export function SignInForm({
  csrfToken,
  callbackUrl,
  initialError,
  messages,
}: {
  csrfToken: string;
  callbackUrl: string;
  initialError: string | null;
  messages: Messages;
}) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl,
      redirect: false,
    });
    // A right password of a person whose second factor is on: the pending sign-in's page asks for the code.
    if (result?.error === "SecondFactorRequired") {
      router.push("/sign-in/second-factor");
      return;
    }
    // next-auth resolves ok even when the credentials are refused: the error field says so.
    if (!result || result.error) {
      setPending(false);
      setError(signInError(result?.error ?? "", messages.errors));
      return;
    }
    window.location.assign(safeRedirectPath(result.url ?? callbackUrl, window.location.origin));
  }

  return (
    <form method="post" action="/api/auth/callback/credentials" onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="csrfToken" value={csrfToken} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {error ? (
        <Alert tone="error" id="sign-in-error">
          {error}
        </Alert>
      ) : null}
      <Field id="email" label={messages.email}>
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field id="password" label={messages.password}>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? messages.signingIn : messages.signIn}
      </Button>
    </form>
  );
}
