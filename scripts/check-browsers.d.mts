// Types of check-browsers.mjs (plain JavaScript, so that `npm test` can run it before anything is compiled).

export interface Requirement {
  name: string;
  package: string;
  variable?: string;
  file?: string;
  command?: string;
}
export interface Missing extends Requirement {
  /** The path the environment variable named, which is not an executable. */
  overridden?: string;
}
export const REQUIREMENTS: readonly Requirement[];
export const MEDIA_PACKAGES: readonly string[];
export function findMissing(options?: { env?: Record<string, string | undefined>; installedPackages?: (names: readonly string[]) => string[] | null }): Missing[];
export function installCommand(packages: readonly string[]): string;
export function describe(missing: readonly Missing[]): string;
