"use client";
/**
 * Forms backed by a server action, progressively enhanced. Without JavaScript the browser posts the form to
 * the action and the page comes back with the action's state. With JavaScript, react-hook-form checks the
 * same zod schema as the server while the user types, and submits to the same action. The schema and its
 * resolver load when the form is first focused, so they stay off the page's first load (docs/performance.md).
 */
import { useMessages, useTranslations } from "next-intl";
import { type ReactNode, startTransition, useEffect, useEffectEvent, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type PathValue, type Resolver, type UseFormReturn, useForm } from "react-hook-form";
import type { ActionState, ServerAction } from "@/lib/forms/action-state";
import { translateMessage } from "@/lib/i18n/translate-message";
import type * as z from "zod/mini";
import { Button, type ButtonVariant } from "./button";
import { FormShell, useFormAction } from "./form-shell";

/** Loads a form's schema: `() => import("@/lib/validation/x").then((module) => module.xSchema)`. */
export type SchemaLoader<Values extends FieldValues> = () => Promise<z.ZodMiniType<unknown, Values>>;

/**
 * A resolver that loads the schema, the resolver and the message configuration on first use. If they cannot
 * load (offline before the form was ever focused), the form is sent unchecked and the server checks it.
 */
function lazyResolver<Values extends FieldValues>(loadSchema: SchemaLoader<Values>) {
  let loading: Promise<Resolver<Values, unknown, unknown>> | undefined;
  const load = () =>
    (loading ??= Promise.all([import("@hookform/resolvers/standard-schema"), loadSchema(), import("@/lib/validation/zod")])
      .then(([{ standardSchemaResolver }, schema]) => standardSchemaResolver(schema) as Resolver<Values, unknown, unknown>)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
  const resolver: Resolver<Values, unknown, unknown> = async (values, context, options) => {
    try {
      return await (await load())(values, context, options);
    } catch {
      return { values, errors: {} };
    }
  };
  return { resolver, preload: () => void load().catch(() => undefined) };
}

export type ActionForm<Values extends FieldValues> = {
  form: UseFormReturn<Values, unknown, unknown>;
  state: ActionState;
  pending: boolean;
  formAction: (formData: FormData) => void;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** Starts loading the checks as you type; the shell calls it when the form is first focused or changed. */
  preload: () => void;
  /** The message to show under a field: the browser's check while typing, else the server's answer. */
  errorFor: (name: Path<Values>) => string | undefined;
  /**
   * The values a control starts with. react-hook-form fills controls only once JavaScript runs, so a form
   * that must show values without it also passes these as defaultValue / defaultChecked.
   */
  defaults: Partial<Values>;
};

export function useActionForm<Values extends FieldValues>({
  schema,
  action,
  defaultValues,
  currentValues,
}: {
  schema: SchemaLoader<Values>;
  action: ServerAction;
  defaultValues?: DefaultValues<Values>;
  /** For a form that shows the newer record itself after a conflict: its values from the conflict's record. */
  currentValues?: (current: unknown) => Values;
}): ActionForm<Values> {
  const { state, formAction, pending } = useFormAction(action);
  // After a conflict the form continues from the version now current, so saving again is a deliberate choice.
  const currentVersion = (state.current as { version?: unknown } | undefined)?.version;
  // Without JavaScript the page comes back from the server: the form shows what was typed.
  const defaults = { ...defaultValues, ...state.values, ...state.lists, ...(currentVersion !== undefined ? { version: currentVersion } : {}) } as Partial<Values>;
  // One resolver for the form's life: the schema loads once.
  const [{ resolver, preload }] = useState(() => lazyResolver(schema));
  const form = useForm<Values, unknown, unknown>({
    resolver,
    mode: "onTouched",
    defaultValues: defaults as DefaultValues<Values>,
  });
  useEffect(() => {
    if (currentVersion !== undefined) form.setValue("version" as Path<Values>, currentVersion as PathValue<Values, Path<Values>>);
  }, [currentVersion, form]);
  const showCurrent = useEffectEvent((current: unknown) => currentValues && form.reset(currentValues(current)));
  useEffect(() => {
    if (state.status === "error" && state.current) showCurrent(state.current);
  }, [state]);
  const t = useTranslations();
  // The namespaces this form was handed (components/i18n/client-messages.tsx): a Zod message is checked against them.
  const catalogue = useMessages();

  const onSubmit = form.handleSubmit((_values, event) => {
    const formElement = event?.target;
    if (!(formElement instanceof HTMLFormElement)) return;
    const formData = new FormData(formElement);
    startTransition(() => formAction(formData));
  });

  const errorFor = (name: Path<Values>) => {
    const clientMessage = form.getFieldState(name, form.formState).error?.message;
    return clientMessage ? translateMessage(t, catalogue, clientMessage) : state.fieldErrors?.[name];
  };

  return { form, state, pending, formAction, onSubmit, errorFor, defaults, preload };
}

/** The form shell of an action form: the form element, its form-level message above the fields; fields go inside. */
export function ActionFormShell<Values extends FieldValues>({
  actionForm,
  successMessage,
  children,
  className,
}: {
  actionForm: ActionForm<Values>;
  successMessage?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <FormShell
      state={actionForm.state}
      success={successMessage ?? true}
      action={actionForm.formAction}
      onSubmit={actionForm.onSubmit}
      onFocus={actionForm.preload}
      onChange={actionForm.preload}
      noValidate
      className={className}
    >
      {children}
    </FormShell>
  );
}

/** The form's submit button: disabled while the action runs, saying so when `pendingLabel` is given. */
export function SubmitButton<Values extends FieldValues>({
  actionForm,
  label,
  pendingLabel,
  variant,
  className,
}: {
  actionForm: ActionForm<Values>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  return (
    <Button type="submit" variant={variant} className={className} disabled={actionForm.pending}>
      {actionForm.pending && pendingLabel ? pendingLabel : label}
    </Button>
  );
}
