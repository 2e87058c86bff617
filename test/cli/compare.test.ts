import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { runCli } from "../support/cli.js";

/**
 * `foi-agg compare` through the whole CLI, in this process, on two small
 * output folders written here: an older one without a period column, and a
 * newer one with two periods and the Northamptonshire successors.
 */
let scratch: string;
const VALUE_HEAD =
  "authority_code,authority_name,nation,region_code,region_name,measure,status,value,lower,upper,raw,source,label,override_reason,override_source";
const SUMMARY_HEAD =
  "area_code,area_name,measure,total,lower,upper,authorities_exact,authorities_suppressed,authorities_without_figure,authorities_override,exact_sum";

async function writeRun(
  dir: string,
  request: string,
  authorities: [string, string, string][],
  values: string[],
  summaries: string[],
  period: boolean,
) {
  await mkdir(dir, { recursive: true });
  const p = period ? ",period" : "";
  await writeFile(join(dir, "values.csv"), `${VALUE_HEAD}${p}\n${values.join("\n")}\n`);
  await writeFile(
    join(dir, "authorities.csv"),
    `authority_code,authority_name,nation,region_code,region_name,return_status,files,errors,warnings\n${authorities
      .map(([code, name, status]) => `${code},${name},England,E12000004,East Midlands,${status},x.csv,0,0`)
      .join("\n")}\n`,
  );
  await writeFile(join(dir, "summary-national.csv"), `${SUMMARY_HEAD}${p}\n${summaries.join("\n")}\n`);
  await writeFile(join(dir, "summary-regional.csv"), `${SUMMARY_HEAD}${p}\n`);
  await writeFile(join(dir, "run.json"), JSON.stringify({ request: { id: request, file: null } }));
}

const v = (
  code: string,
  name: string,
  measure: string,
  status: string,
  value: string,
  lo: string,
  hi: string,
  period?: string,
) =>
  `${code},${name},England,E12000004,East Midlands,${measure},${status},${value},${lo},${hi},${value},x.csv#A1,label,,${period === undefined ? "" : `,${period}`}`;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "foi-agg-compare-cli-"));
  await writeRun(
    join(scratch, "out-2015"),
    "heading-back-to-harm-2015",
    [["E10000021", "Northamptonshire", "answered"]],
    [v("E10000021", "Northamptonshire", "uasc_looked_after", "reported", "36", "36", "36")],
    ["K02000001,United Kingdom,uasc_looked_after,36,36,36,1,0,0,0,36"],
    false,
  );
  await writeRun(
    join(scratch, "out-2021"),
    "until-harm-ends-2021-2024",
    [
      ["E06000061", "North Northamptonshire", "answered"],
      ["E06000062", "West Northamptonshire", "answered"],
    ],
    [
      v("E06000061", "North Northamptonshire", "uasc_looked_after", "reported", "28", "28", "28", "2021"),
      v("E06000062", "West Northamptonshire", "uasc_looked_after", "suppressed", "", "1", "4", "2021"),
      v("E06000061", "North Northamptonshire", "uasc_looked_after", "reported", "30", "30", "30", "2022"),
      v("E06000062", "West Northamptonshire", "uasc_looked_after", "reported", "12", "12", "12", "2022"),
      v("E06000061", "North Northamptonshire", "uasc_trafficked_looked_after", "reported", "2", "2", "2", "2021"),
    ],
    [
      "K02000001,United Kingdom,uasc_looked_after,,29,32,1,1,0,0,28,2021",
      "K02000001,United Kingdom,uasc_looked_after,42,42,42,2,0,0,0,42,2022",
    ],
    true,
  );
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const io = captureIo();
  const code = await main(["node", "foi-agg", ...args], io);
  return { code, stdout: io.out.join(""), stderr: io.err.join("") };
}

describe("foi-agg compare", () => {
  it("writes the CSV and shows the UK and the mapped authorities with their changes", async () => {
    const csvPath = join(scratch, "comparison.csv");
    const r = await run("compare", join(scratch, "out-2015"), join(scratch, "out-2021"), "--out", csvPath);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Northamptonshire → North Northamptonshire + West Northamptonshire");
    // 36 in 2015; 2021: 28 + (1 to 4) = 29–32; 2022: 42. First to last: +6.
    expect(r.stdout).toMatch(/uasc\/looked_after\s+36\s+29–32\s+42\s+\+6/);
    expect(r.stdout).toContain("uasc_trafficked_looked_after (B only)");
    expect(r.stdout).toContain("trafficked_not_found (A only)");
    // Lines without a figure at any point are left off the console.
    expect(r.stdout).not.toMatch(/uasc\/went_missing/);
    const rows = parse(await readFile(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
    const unit = rows
      .filter((x) => x.kind === "authority" && x.measure === "uasc_looked_after")
      .map((x) => [x.period, x.members, x.value, x.lower, x.upper, x.change_value, x.change_lower, x.change_upper]);
    expect(unit).toEqual([
      ["", "E10000021", "36", "36", "36", "", "", ""],
      ["2021", "E06000061+E06000062", "", "29", "32", "", "-7", "-4"],
      ["2022", "E06000061+E06000062", "42", "42", "42", "", "10", "13"],
    ]);
    expect((await readFile(csvPath, "utf8")).includes("\u001b")).toBe(false);
  });

  it("runs as the installed command (bin/foi-agg.js), with no colour codes when NO_COLOR is set", async () => {
    const csvPath = join(scratch, "from-bin.csv");
    const r = runCli(["compare", join(scratch, "out-2015"), join(scratch, "out-2021"), "--out", csvPath]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("Northamptonshire → North Northamptonshire + West Northamptonshire");
    expect(r.stdout.includes("\u001b")).toBe(false);
    expect(await readFile(csvPath, "utf8")).toMatch(/^kind,code,name,members,/);
  });

  it("never replaces an existing CSV without --force, and does with it", async () => {
    const csvPath = join(scratch, "mine.csv");
    await writeFile(csvPath, "my own work\n");
    const refused = await run("compare", join(scratch, "out-2015"), join(scratch, "out-2021"), "--out", csvPath);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already exists; use --force");
    expect(await readFile(csvPath, "utf8")).toBe("my own work\n");
    const forced = await run(
      "compare",
      join(scratch, "out-2015"),
      join(scratch, "out-2021"),
      "--out",
      csvPath,
      "--force",
    );
    expect(forced.code).toBe(0);
    expect(await readFile(csvPath, "utf8")).toMatch(/^kind,code,name,members,/);
  });

  it("finds a --request file typed relative to where the ingest ran, and lines its renamed measure up", async () => {
    const round = join(scratch, "round");
    await writeRun(
      join(round, "out"),
      "my-round",
      [["E10000021", "Northamptonshire", "answered"]],
      [v("E10000021", "Northamptonshire", "uac_in_care", "reported", "40", "40", "40")],
      [],
      false,
    );
    await writeFile(
      join(round, "request.json"),
      JSON.stringify({
        id: "my-round",
        measures: [{ id: "uac_in_care", group: "uasc", metric: "looked_after", label: "UAC in care" }],
      }),
    );
    // As if "foi-agg ingest round/returns --request round/request.json" had been run in scratch.
    await writeFile(
      join(round, "out", "run.json"),
      JSON.stringify({
        request: { id: "my-round", file: { path: "round/request.json" } },
        folder: join(round, "returns"),
      }),
    );
    const csvPath = join(scratch, "renamed.csv");
    const r = await run("compare", join(scratch, "out-2015"), join(round, "out"), "--out", csvPath);
    expect(r.code).toBe(0);
    const rows = parse(await readFile(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
    const lined = rows.filter((x) => x.kind === "authority" && x.group === "uasc" && x.metric === "looked_after");
    expect(lined.map((x) => [x.measure, x.value, x.change_value])).toEqual([
      ["uasc_looked_after", "36", ""],
      ["uac_in_care", "40", "4"],
    ]);
  });

  it.each([
    { what: "a folder that is not an output", dirs: ["out-2015", "returns-only"], message: "values.csv is missing" },
    { what: "a folder that does not exist", dirs: ["out-2015", "nowhere"], message: "does not exist" },
    { what: "one folder only", dirs: ["out-2015"], message: "at least two output folders" },
  ])("exits 2 on $what", async ({ dirs, message }) => {
    await mkdir(join(scratch, "returns-only"), { recursive: true });
    const r = await run("compare", ...dirs.map((d) => join(scratch, d)), "--out", join(scratch, "never.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
