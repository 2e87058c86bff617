import { z } from "zod";
import { listNationalityPeriods } from "../aggregate/summariseNationalities.js";
import { NATIONS } from "../domain/authority.js";
import {
  AuthorityRowSchema,
  NationalityRowSchema,
  QualityRowSchema,
  SummaryRowSchema,
  ValueRowSchema,
} from "../domain/outputs.js";
import type { Request } from "../domain/request.js";
import { STATUSES } from "../domain/values.js";
import { nationalityColumns, summaryColumns } from "./renderCsvOutputs.js";
import { authorityColumns, statusColumn } from "./toAuthorityRows.js";

/**
 * datapackage.json: a Frictionless Data Package (v1, tabular) describing
 * every CSV foi-agg writes, so a researcher's tools (frictionless, R's
 * frictionless, Open Refine, CKAN) read each column with its type, its
 * missing value, its allowed values and its meaning, without guessing.
 * Types come from the same zod schemas the writer uses; meanings are
 * written once here. Pure: the same request gives the same text.
 */
export interface TableField {
  name: string;
  type: "string" | "integer" | "boolean";
  title: string;
  description: string;
  constraints?: { required?: boolean; enum?: string[] };
  /** Labels for the enum's values (Table Schema v2 `categories`; v1 readers ignore it). */
  categories?: { value: string; label: string }[];
}

export interface TableResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: { delimiter: ","; lineTerminator: "\n"; quoteChar: '"'; doubleQuote: true; header: true };
  schema: { fields: TableField[]; missingValues: string[]; primaryKey?: string[] };
}

/** What every column of every CSV means. A column missing here is a bug the tests catch. */
const MEANINGS: Readonly<Record<string, string>> = {
  authority_code: "GSS code of the local authority (the reference list's code).",
  authority_name: "Name of the local authority.",
  nation: "Nation of the UK the authority is in.",
  region_code: "GSS code of the authority's region (English regions) or nation (Wales, Scotland, Northern Ireland).",
  region_name: "Name of that region or nation.",
  measure: "Which figure of the request this is (the measure's id; its label is the request's wording).",
  status:
    "What the council's answer is: reported, derived (summed from parts), override (set by a clarification), suppressed (a range, e.g. 'fewer than 5'), conflict (two returns disagree; a range), not_held, refused, not_answered, no_return.",
  value:
    "The exact figure; empty unless status is reported, derived or override. A whole number for a count; it may have decimals for a measure the request declares an average or a percentage.",
  lower:
    "The smallest the figure can be: the value when exact, the low end of the range when suppressed or conflicting, empty otherwise.",
  upper:
    "The largest the figure can be: the value when exact, the high end of the range when suppressed or conflicting, empty otherwise.",
  raw: "The council's text as found (for a figure made from parts, each part's text). Text that a spreadsheet would run as a formula starts with a ' in the CSV; quality.json keeps it exactly.",
  source:
    "Where the figure was read: file#Sheet!C5 (spreadsheets), file.csv:row:column, file.txt:line, or a place in a document; several joined with ';'.",
  label: "The label in the return that identified the measure.",
  override_reason: "For a figure set by a clarification: the reason given in the overrides file.",
  override_source: "For a figure set by a clarification: where it came from (e.g. an e-mail from the council).",
  return_status: "What the authority sent: answered, partial, refused, not_held, unreadable, no_return.",
  files: "The files read as this authority's return, joined with ';'.",
  errors: "Number of error-level issues for this authority (see quality.csv).",
  warnings: "Number of warning-level issues for this authority (see quality.csv).",
  area_code: "GSS code of the area: K02000001 for the UK, a nation's code, or a region's code.",
  area_name: "Name of the area.",
  total:
    "The area's exact total: filled only when every authority that gave a figure gave an exact one; empty when any gave only a range (suppressed or conflicting), because then the total is only known to lie between lower and upper.",
  exact_sum:
    "The sum of the exact figures alone, leaving out every range: a floor (never above lower), not the area's total unless total is filled. Empty for an average or a percentage, as are total, lower and upper: such figures are never added up.",
  lowest:
    "For a measure the request declares an average or a percentage only (empty for a count): the lowest of the figures the area's councils gave (authorities_exact of them).",
  median:
    "For an average or a percentage only: the median of the councils' own figures. Not the area's average, which would need each council's size.",
  highest: "For an average or a percentage only: the highest of the figures the area's councils gave.",
  highest_authority:
    "For a maximum only (the request's metric of kind maximum, such as the highest weekly cost; its lowest, median and highest are given as an average's): the council that gave the highest figure, or the councils joined with '; ' when several gave it. Empty for any other measure.",
  authorities_exact: "Authorities in the area whose figure is exact (reported, derived or override).",
  authorities_suppressed: "Authorities in the area whose figure is only a range (suppressed or conflicting).",
  authorities_without_figure:
    "Authorities in the area with no figure (not held, refused, not answered, no return); they add nothing to total, lower, upper or exact_sum.",
  authorities_override: "Authorities in the area whose figure rests on a clarification (overrides file).",
  group: "Which children the nationality count is of: trafficked, or unaccompanied asylum-seeking (uasc).",
  nationality: "The nationality, as the reference list of nationalities spells it.",
  iso_code: "ISO 3166-1 alpha-3 code of the nationality's country; empty when it has none.",
  missing_children: "Missing children of this nationality, summed over the authorities that gave an exact figure.",
  authorities: "Authorities that gave a figure for this nationality.",
  file: "The file the issue is about, relative to the returns folder.",
  sheet: "The sheet (spreadsheets) or document the issue is about.",
  cell: "The cell (A1) or place in a document the issue is about.",
  severity: "error (a figure is missing or may be wrong), warning (check it), info (a note of what was done).",
  code: "The issue's code, from foi-agg's one catalogue of issue codes.",
  message: "The issue in words, with the place and the council's text.",
  related_measures:
    "Further measures the issue makes suspect besides measure, joined with ';': when parts do not add up to their total, or one figure breaks a rule against another, any of them may be the wrong one. Empty when the issue is about one figure only.",
  period:
    "Which of the request's periods the figure is for (the period's id in the request file). A request with one period gives every row that period's id.",
};

const RESOURCE_TEXT: Readonly<Record<string, { title: string; description: string }>> = {
  values: {
    title: "Figures",
    description: "One row per authority, measure and period: the figure, its status and its source.",
  },
  authorities: {
    title: "Authorities",
    description:
      "One row per authority: each measure's exact figure (empty when not exact) and, after the counts, each measure's status, which says why a figure is empty. With several periods, one row per authority and period, named in the last column.",
  },
  "summary-national": {
    title: "UK and national totals",
    description: "One row per area (the UK, then each nation), measure and period: totals and bounds.",
  },
  "summary-regional": {
    title: "Regional totals",
    description: "One row per region (English regions, then Wales, Scotland, Northern Ireland), measure and period.",
  },
  nationalities: { title: "Nationalities", description: "Missing children by nationality, per group." },
  quality: {
    title: "Data quality",
    description: "Every issue found, authority by authority, then the files tied to no authority.",
  },
};

export function describeDataPackage(request: Request): string {
  const measureIds = request.measures.map((m) => m.id);
  const measureCategories = request.measures.map((m) => ({ value: m.id, label: m.label }));
  const enums: Record<string, { values: readonly string[]; categories?: { value: string; label: string }[] }> = {
    measure: { values: measureIds, categories: measureCategories },
    nation: { values: NATIONS },
    period: {
      values: request.periods.map((p) => p.id),
      categories: request.periods.map((p) => ({ value: p.id, label: p.label })),
    },
  };
  const fieldsOf = (schema: z.ZodObject, names: readonly string[] = Object.keys(schema.shape)): TableField[] =>
    names.map((name) => describeField(name, schema.shape[name] as z.ZodType | undefined, enums));

  const authorityFields = authorityColumns(request).map((name): TableField => {
    const measure = request.measures.find((m) => m.id === name || statusColumn(m.id) === name);
    if (measure === undefined) return describeField(name, AuthorityRowSchema.shape[name as "files"], enums);
    if (measure.id === name) {
      return {
        name,
        type: "integer",
        title: measure.label,
        description: `${measure.label}: the exact figure; empty when it is not exact (see ${statusColumn(name)}).`,
      };
    }
    return {
      name,
      type: "string",
      title: `Status: ${measure.label}`,
      description: `Status of ${measure.id} (${measure.label}); says why its figure is empty. ${MEANINGS.status}`,
      constraints: { required: true, enum: [...STATUSES] },
    };
  });

  // A council may give one breakdown for the whole round: its rows carry the whole span's id.
  const nationalityPeriod: TableField = {
    ...describeField("period", NationalityRowSchema.shape.period, enums),
    description: `${MEANINGS.period} A breakdown given once for the whole round has the whole span's id (${request.period.id}).`,
    constraints: { required: true, enum: listNationalityPeriods(request) },
    categories: [
      ...request.periods.map((p) => ({ value: p.id, label: p.label })),
      { value: request.period.id, label: `${request.period.label} (the whole round)` },
    ],
  };
  // The groups are the request's, so the schema's string is narrowed here
  // (a round that asks for no breakdown has none, and an empty enum is invalid).
  const nationalityGroup: TableField = {
    ...describeField("group", NationalityRowSchema.shape.group, enums),
    constraints:
      request.nationalityGroups.length > 0
        ? { required: true, enum: [...request.nationalityGroups] }
        : { required: true },
  };
  const summaryFields = fieldsOf(SummaryRowSchema, summaryColumns(request));
  const resources: TableResource[] = [
    tableResource("values", fieldsOf(ValueRowSchema), ["authority_code", "measure", "period"]),
    tableResource(
      "authorities",
      authorityFields,
      request.periods.length > 1 ? ["authority_code", "period"] : ["authority_code"],
    ),
    tableResource("summary-national", summaryFields, ["area_code", "measure", "period"]),
    tableResource("summary-regional", summaryFields, ["area_code", "measure", "period"]),
    tableResource(
      "nationalities",
      nationalityColumns(request).map((name) =>
        name === "period"
          ? nationalityPeriod
          : name === "group"
            ? nationalityGroup
            : describeField(name, NationalityRowSchema.shape[name], enums),
      ),
      request.periods.length > 1 ? ["group", "nationality", "period"] : ["group", "nationality"],
    ),
    // An issue may be reported twice in one place, so quality.csv has no key.
    tableResource("quality", fieldsOf(QualityRowSchema), undefined),
  ];
  const pkg = {
    profile: "tabular-data-package",
    name: `foi-agg-${request.id.toLowerCase().replace(/[^a-z0-9._-]+/g, "-")}`,
    title: `foi-agg outputs: ${request.title}`,
    description: `Figures read from councils' replies to the FOI request "${request.title}" (${request.period.label}), with provenance. Measures: ${request.measures.map((m) => `${m.id} = ${m.label}`).join("; ")}.`,
    resources,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function tableResource(name: string, fields: TableField[], primaryKey: string[] | undefined): TableResource {
  const text = RESOURCE_TEXT[name];
  if (text === undefined) throw new Error(`internal: no title for ${name}.csv`);
  return {
    name,
    path: `${name}.csv`,
    profile: "tabular-data-resource",
    ...text,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields, missingValues: [""], ...(primaryKey ? { primaryKey } : {}) },
  };
}

/** A Table Schema field from a zod column: its type, whether it may be empty, its allowed values. */
function describeField(
  name: string,
  column: z.ZodType | undefined,
  enums: Record<string, { values: readonly string[]; categories?: { value: string; label: string }[] }>,
): TableField {
  const meaning = MEANINGS[name];
  if (column === undefined || meaning === undefined) throw new Error(`internal: no schema or meaning for ${name}`);
  const nullable = column instanceof z.ZodNullable;
  const inner = nullable ? (column.unwrap() as z.ZodType) : column;
  const field: TableField = { name, type: "string", title: titleOf(name), description: meaning };
  if (inner instanceof z.ZodNumber) field.type = "integer";
  else if (inner instanceof z.ZodBoolean) field.type = "boolean";
  const known = enums[name];
  const values = inner instanceof z.ZodEnum ? (inner.options as string[]) : known?.values;
  // Integers and the schema's own codes are never empty unless nullable.
  // Free text may legitimately be "", and so may a measure or nation column
  // outside the table it belongs to (quality.csv's measure is empty for a
  // file-level issue), so those carry their allowed values but no "required".
  const required = !nullable && (field.type !== "string" || inner instanceof z.ZodEnum) ? true : undefined;
  if (values !== undefined || required) {
    field.constraints = { ...(required ? { required } : {}), ...(values ? { enum: [...values] } : {}) };
  }
  if (known?.categories) field.categories = known.categories;
  return field;
}

function titleOf(name: string): string {
  const words = name.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
