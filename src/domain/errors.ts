/**
 * Bad usage or a missing input: exit code 2, message shown without a stack.
 * It lives in domain/ because core stages (reading an overrides file, the
 * letter wording, expected figures) raise it, and the core never imports
 * from cli/; the CLI's top-level catch turns it into the exit code.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
