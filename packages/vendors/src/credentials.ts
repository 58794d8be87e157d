/** Environment variables as a browser-safe map (`process.env` in Node, any object elsewhere). */
export type Environment = Record<string, string | undefined>;

/** The credentials a vendor's local fakes accept, with the variables they come from. */
export interface CredentialSettings<C> {
  /** Every variable with its default, in the order the README lists them. */
  variables: Record<string, string>;
  /** Reads the credentials from `env`; an empty or missing variable takes its default. */
  read(env?: Environment): C;
}

/**
 * Declares a vendor's credentials: the variables with their defaults (the spec's example values, so the spec's own
 * examples work against a fresh fake) and how they make up the credentials object.
 */
export function defineCredentials<V extends Record<string, string>, C>(
  variables: V,
  shape: (read: (name: keyof V) => string) => C,
): CredentialSettings<C> & { variables: V } {
  return {
    variables,
    read: (env = {}) => shape((name) => env[name as string] || (variables[name] as string)),
  };
}
