import { readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import {
  AuthorityRowSchema,
  NationalityRowSchema,
  QualityRowSchema,
  SummaryRowSchema,
  ValueRowSchema,
} from "../domain/outputs.js";
import { RequestFileSchema } from "../domain/request.js";
import { OverrideRowSchema } from "../overrides/overrideSchema.js";
import { QualityReportSchema } from "../quality/qualityReportSchema.js";
import { ExpectedFiguresSchema } from "../verify/expected.js";
import { RunRecordSchema } from "../write/describeRun.js";

/**
 * JSON Schema copies of the zod schemas, for people and tools outside
 * TypeScript. zod is the source of truth; `npm run schemas` regenerates
 * schemas/ and test/schemas/ fails when the committed copies are stale.
 */
export interface SchemaEntry {
  /** File stem: schemas/<name>.schema.json. */
  name: string;
  title: string;
  schema: z.ZodType;
  /** "input" for schemas with transforms whose output JSON Schema cannot express them. */
  io?: "input" | "output";
}

/**
 * Every published schema. A stage that adds a file format adds one line here.
 */
export const SCHEMA_REGISTRY: readonly SchemaEntry[] = [
  { name: "value-row", title: "A row of values.csv", schema: ValueRowSchema },
  { name: "authority-row", title: "A row of authorities.csv", schema: AuthorityRowSchema },
  { name: "summary-row", title: "A row of summary-national.csv and summary-regional.csv", schema: SummaryRowSchema },
  { name: "nationality-row", title: "A row of nationalities.csv", schema: NationalityRowSchema },
  { name: "quality-row", title: "A row of quality.csv", schema: QualityRowSchema },
  { name: "override-row", title: "A row of an overrides (clarifications) file", schema: OverrideRowSchema },
  { name: "quality-report", title: "quality.json: the data behind the quality report", schema: QualityReportSchema },
  { name: "run-record", title: "run.json: how an output folder was made", schema: RunRecordSchema },
  // A file people write by hand, so the schema describes what they may write.
  { name: "expected-figures", title: "Expected figures for foi-agg check", schema: ExpectedFiguresSchema, io: "input" },
  { name: "request", title: "A request definition: one FOI round (--request)", schema: RequestFileSchema, io: "input" },
];

/** File name → JSON text, exactly as written to schemas/. */
export function renderSchemas(registry: readonly SchemaEntry[] = SCHEMA_REGISTRY): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of [...registry].sort((a, b) => a.name.localeCompare(b.name))) {
    const { $schema, ...rest } = z.toJSONSchema(entry.schema, { io: entry.io ?? "output" });
    const json = { $schema, $id: `${entry.name}.schema.json`, title: entry.title, ...rest };
    files.set(`${entry.name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}

/** schemas/ at the project root; this module sits two levels down in both src/ and dist/. */
export const SCHEMAS_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

function writeSchemas(): void {
  const files = renderSchemas();
  // Remove copies of schemas that no longer exist, so schemas/ holds exactly the registry.
  for (const name of readdirSync(SCHEMAS_DIR)) {
    if (name.endsWith(".schema.json") && !files.has(name)) rmSync(`${SCHEMAS_DIR}${name}`);
  }
  for (const [name, text] of files) writeFileSync(`${SCHEMAS_DIR}${name}`, text);
  process.stdout.write(`wrote ${files.size} schemas to ${SCHEMAS_DIR}\n`);
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(realpathSync(entry)).href) writeSchemas();
