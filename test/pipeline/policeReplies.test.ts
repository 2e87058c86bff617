import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/pipeline/runIngest.js";

/**
 * A round sent to police forces as well as councils: the forces' replies
 * come back in the same folder, with figures of their own and the names of
 * the councils of their area. Run end to end, no figure of theirs may land
 * on a council.
 */
const policeScotland = [
  "POLICE SCOTLAND",
  "Information Management - Dundee",
  "",
  "Our reference: IM-FOI-2015-2231",
  "",
  "Dear Requester",
  "",
  "Police Scotland does not hold information on which children are looked after by a local authority.",
  "In the period requested Police Scotland recorded 41 missing person investigations where the missing person was under 18 and was flagged as an unaccompanied asylum seeking child.",
  "",
  "Yours sincerely",
  "Information Management - Dundee",
].join("\n");

const clevelandPolice = [
  "Freedom of Information Request Reference No: 1132/15",
  "",
  "We have now had the opportunity to fully consider your request.",
  "",
  "Unaccompanied asylum seeking children looked after: 12",
  "Unaccompanied asylum seeking children who went missing: 5",
  "",
  "These are reports made to Cleveland Police. The care of looked after children is the responsibility of the local authority children's services department (Middlesbrough), who may be able to assist you.",
  "",
  "Freedom of Information Unit",
].join("\n");

let scratch: string;
let values: Record<string, string>[];
let quality: Record<string, string>[];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-police-"));
  const folder = join(scratch, "returns");
  await mkdir(folder);
  await writeFile(join(folder, "IM-FOI-2015-2231.txt"), policeScotland);
  await writeFile(join(folder, "1132-15 response.txt"), clevelandPolice);
  await runIngest({ folder, out: join(scratch, "out"), strict: false, jobs: 1 });
  const csv = async (name: string) =>
    parse(await readFile(join(scratch, "out", name)), { columns: true }) as Record<string, string>[];
  values = await csv("values.csv");
  quality = await csv("quality.csv");
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("police forces' replies in a councils' round", () => {
  it.each([
    ["Dundee City, the town of Police Scotland's office", "S12000042"],
    ["Middlesbrough, a council the force names", "E06000002"],
  ])("give %s no figure and no status", (_, code) => {
    const rows = values.filter((v) => v.authority_code === code);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((v) => v.status !== "no_return")).toEqual([]);
  });

  it.each([
    ["IM-FOI-2015-2231.txt", "Police Scotland (a police force"],
    ["1132-15 response.txt", "Cleveland Police (a police force"],
  ])("tell %s as another body's reply", (file, said) => {
    const outside = quality.filter((q) => q.file === file && q.code === "authority_outside_round");
    expect(outside.map((q) => q.message).join(" ")).toContain(said);
    expect(quality.filter((q) => q.file === file && q.authority_code !== "")).toEqual([]);
  });
});
