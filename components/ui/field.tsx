import { clsx } from "clsx";
import { cloneElement, type ComponentProps, type ReactElement, type ReactNode } from "react";

type Wiring = { id?: string; "aria-describedby"?: string; "aria-invalid"?: boolean };

/**
 * A labelled form field with its hint and its error. It wires its one control (the child element) itself: the
 * control gets the field's id and points at the hint and the error for screen readers.
 */
export function Field({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactElement<Wiring> }) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  const control = cloneElement(children, { id, "aria-describedby": described || undefined, "aria-invalid": error ? true : undefined });
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {control}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A field's error, the one way: under its control, or under a group of controls (a fieldset's). */
export function FieldError({ id, error }: { id?: string; error?: string }) {
  return error ? (
    <span id={id} className="block text-sm font-medium text-red-700">
      {error}
    </span>
  ) : null;
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={clsx("ui-control", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={clsx("ui-control ui-textarea", className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={clsx("ui-control", className)} {...props} />;
}
