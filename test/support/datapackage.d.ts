/**
 * Types for the parts of Frictionless' `datapackage` (1.x, plain JavaScript)
 * the tests use: load a descriptor (validated against the Data Package
 * profile) and read each resource with every value cast to its field type.
 */
declare module "datapackage" {
  export interface CastError extends Error {
    errors?: Error[];
    rowNumber?: number;
  }
  export interface Table {
    read(options: { cast?: boolean; forceCast?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export interface Resource {
    name: string;
    valid: boolean;
    errors: Error[];
    tabular: boolean;
    table: Table | null;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}
