/**
 * Calls typed from the registries: the services of DEFAULT_SERVICES name the operations each
 * offers, and each operation's definition gives its input and output types. `cloud.call` with a
 * literal service and operation is checked against them and returns the operation's output type;
 * a call built at run time (the CLI, the wire, a lab's step) stays untyped.
 */
import type { OperationRow } from '@/core';
import type { Registry, ServiceDescriptor } from './service';
import type { DEFAULT_SERVICES } from './services';
import type { CallRequest } from './types';

type Services = (typeof DEFAULT_SERVICES)[number];

/** The services of the account, as callers spell them. */
export type ServiceName = Services['name'];

/** A service's registry type: its operations by name. */
export type RegistryOf<S extends ServiceName> = Extract<Services, { name: S }> extends ServiceDescriptor<string, infer R> ? R : Registry;

export type OperationName<S extends ServiceName> = keyof RegistryOf<S> & string;

export type InputOf<S extends ServiceName, N extends OperationName<S>> =
  RegistryOf<S>[N] extends OperationRow<any, infer I, any, any> ? I : Record<string, unknown>;

export type OutputOf<S extends ServiceName, N extends OperationName<S>> = RegistryOf<S>[N] extends OperationRow<any, any, infer O, any> ? O : unknown;

/** The input as written (members the shape knows beyond the operation's input type are accepted too). */
type CallInput<I> = I & Record<string, unknown>;

/** `input` may be left out when every member is optional (`{} extends I`, Record<string, never> included). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type InputMember<I> = {} extends I ? { input?: CallInput<I> } : { input: CallInput<I> };

/** A call of a known operation: its input is checked, and required when the operation has required members. */
export type TypedCallRequest<S extends ServiceName, N extends OperationName<S>> = Omit<CallRequest, 'service' | 'operation' | 'input'> & {
  service: S;
  operation: N;
} & InputMember<InputOf<S, N>>;

/**
 * A call built at run time (`operation: string`, or a service the registries do not know). A literal
 * operation of a known service must be one of its operations: a misspelt name does not slip through.
 */
export type LooseCallRequest<S extends string, N extends string> = Omit<CallRequest, 'service' | 'operation'> & {
  service: S;
  operation: S extends ServiceName ? (string extends N ? N : never) : N;
};
