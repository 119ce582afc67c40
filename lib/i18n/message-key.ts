/**
 * The catalogue's keys as types, and the one check for a key read at run time (a Zod issue, a message sent by
 * the server): code that builds a key from a value names the values it may take, or narrows with `isMessageKey`.
 */
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

/** A key of the English catalogue ("support.done.needAdded"). */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A key inside one namespace, as that namespace's translator takes it ("done.needAdded" in "support"). */
export type NamespaceKey<Namespace extends keyof Messages> = MessageKeys<Messages[Namespace], NestedKeyOf<Messages[Namespace]>>;

declare const withValuesBrand: unique symbol;
/** A key with its values in query form ("validation.tooLong?maximum=200"), as only `withValues` (lib/validation/zod.ts) writes it. */
export type KeyWithValues = string & { readonly [withValuesBrand]: true };

/** What lib/ says instead of text: a key, or a key with its values. */
export type LibMessage = MessageKey | KeyWithValues;

/**
 * True when `key` names a message of `catalogue` (the request's, or the namespaces a client component holds).
 * A message is a string as written, or an array once the build compiled it (decision 1160).
 */
export function isMessageKey(catalogue: object, key: string): key is MessageKey {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || Array.isArray(node);
}

/** Narrows a value read at run time (an audit entry's action, a field's name) to one of the values a key is built from. */
export function isOneOf<Value extends string>(values: readonly Value[], value: unknown): value is Value {
  return (values as readonly unknown[]).includes(value);
}
