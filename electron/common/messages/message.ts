import type { en } from './catalog/en';

/**
 * A user-facing message as data: a stable code and the values it needs. Produced everywhere outside the
 * renderer (rules, checks, push, errors), carried over IPC and into `--json` as is, and turned into
 * words only at the edge by `renderMessage` in the admin's language. See docs/ARCHITECTURE.md.
 */
export type MessageCode = keyof typeof en;

/** A value in a message: plain text or a number (shown as is), another message, or a list (joined per language). */
export type ParamValue = string | number | Message | readonly (string | number | Message)[];
export type Params = Readonly<Record<string, ParamValue>>;

export interface Message {
  readonly code: MessageCode;
  readonly params?: Params;
}

type Placeholders<S> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;
type TextsOf<E> = E extends string
  ? E
  : E extends { readonly other: infer O }
    ? O | (E extends { readonly one: infer N } ? N : never)
    : never;
/** The placeholders of a code's English text (both plural forms), as a union of names. */
export type ParamNames<C extends MessageCode> = Placeholders<TextsOf<(typeof en)[C]>>;
export type ParamsArg<C extends MessageCode> = [ParamNames<C>] extends [never]
  ? []
  : [params: { readonly [K in ParamNames<C>]: ParamValue }];

/** Builds a message; its params are checked against the placeholders of the English text at compile time. */
export function msg<C extends MessageCode>(code: C, ...params: ParamsArg<C>): Message {
  return params[0] === undefined ? { code } : { code, params: params[0] };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}
