/**
 * The store and the stages hand out deeply readonly data; the route schemas infer mutable shapes.
 * The data is the same JSON, so it is passed through this one cast, and the contract tests check
 * every response against its schema instead.
 */
export function plain<T>(value: T): never {
  return value as never;
}
