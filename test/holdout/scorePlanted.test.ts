import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scoreOutputs } from "./score.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A one-file corpus and an ingest's quality.csv raising `raised`, scored for one planted problem expecting `expected`. */
async function plantedFlag(expected: string, raised: string): Promise<{ flagged: boolean; asListed: boolean }> {
  const corpus = await mkdtemp(join(tmpdir(), "foi-agg-score-"));
  dirs.push(corpus);
  const out = join(corpus, "out");
  await mkdir(join(corpus, "returns"), { recursive: true });
  await mkdir(out);
  await writeFile(join(corpus, "returns", "reply.csv"), "x\n");
  await writeFile(join(corpus, "truth.csv"), "authority_code,measure,value\n");
  await writeFile(join(corpus, "statuses.csv"), "authority_code,measure,status\n");
  await writeFile(
    join(corpus, "planted.csv"),
    `file,authority_code,problem,expected_codes\nreply.csv,E10000016,a problem,${expected}\n`,
  );
  await writeFile(join(out, "values.csv"), "authority_code,measure,status,value,raw,source\n");
  await writeFile(join(out, "authorities.csv"), "authority_code,files\nE10000016,reply.csv\n");
  await writeFile(
    join(out, "quality.csv"),
    `code,severity,file,authority_code,measure,cell\n${raised},warning,reply.csv,E10000016,,\n`,
  );
  const [p] = (await scoreOutputs(corpus, out)).planted;
  return { flagged: p?.flagged ?? false, asListed: p?.flaggedAsListed ?? false };
}

describe("planted problems: a code that refines the expected one flags it", () => {
  it.each([
    ["value_annotated", "value_annotated", true, true],
    ["value_annotated", "value_rounded", true, false],
    ["authority_unidentified", "authority_outside_round", true, false],
    ["value_annotated|period_approximate", "value_rounded", true, false],
    ["override_applied|value_conflict", "duplicate_conflict", true, false],
    // Refinement runs one way only, and unrelated codes never count.
    ["value_rounded", "value_annotated", false, false],
    ["check_parts_sum", "value_rounded", false, false],
  ])("expecting %s, raising %s: flagged %s (by the listed codes: %s)", async (expected, raised, flagged, asListed) => {
    expect(await plantedFlag(expected, raised)).toEqual({ flagged, asListed });
  });
});

/** A planted contradiction on `measure` (truth "flag", read as an exact 9) against an ingest raising one issue. */
async function keptUnflagged(issue: { measure: string; related_measures?: string }): Promise<number> {
  const corpus = await mkdtemp(join(tmpdir(), "foi-agg-score-"));
  dirs.push(corpus);
  const out = join(corpus, "out");
  await mkdir(join(corpus, "returns"), { recursive: true });
  await mkdir(out);
  await writeFile(join(corpus, "truth.csv"), "authority_code,measure,value\n");
  await writeFile(join(corpus, "statuses.csv"), "authority_code,measure,status\nE10000016,uasc_looked_after,flag\n");
  await writeFile(join(corpus, "planted.csv"), "file,authority_code,problem,expected_codes\n");
  await writeFile(
    join(out, "values.csv"),
    "authority_code,measure,status,value,raw,source\nE10000016,uasc_looked_after,reported,9,9,reply.csv:2:2\n",
  );
  await writeFile(join(out, "authorities.csv"), "authority_code,files\nE10000016,reply.csv\n");
  const header = `code,severity,file,authority_code,measure,cell${issue.related_measures === undefined ? "" : ",related_measures"}`;
  const row = `check_missing_exceeds_looked_after,error,reply.csv,E10000016,${issue.measure},B3${issue.related_measures === undefined ? "" : `,${issue.related_measures}`}`;
  await writeFile(join(out, "quality.csv"), `${header}\n${row}\n`);
  return (await scoreOutputs(corpus, out)).keptUnflagged.length;
}

describe("a figure is flagged when an error or warning names it as its measure or in related_measures", () => {
  it.each([
    ["named as the measure", { measure: "uasc_looked_after" }, 0],
    ["named among the related measures", { measure: "uasc_went_missing", related_measures: "x;uasc_looked_after" }, 0],
    ["another measure only", { measure: "uasc_went_missing", related_measures: "uasc_missing_incidents" }, 1],
    ["a quality.csv from before the column", { measure: "uasc_went_missing" }, 1],
  ])("%s", async (_what, issue, kept) => {
    expect(await keptUnflagged(issue)).toBe(kept);
  });
});
