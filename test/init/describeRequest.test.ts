import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureIo } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { describeRequest, requestReadsAsAsked } from "../../src/init/describeRequest.js";
import { knowledgeForRequest } from "../support/requestKnowledge.js";

/** A round about foster carers: approvals and de-registrations, and one subset. */
function fosterRequest(questions: object[]) {
  return {
    id: "foster-carers-test",
    title: "Foster carers approved and de-registered",
    citation: "our request about foster carers",
    authorities: { list: "uk-local-authorities", asAt: "2024-04-01" },
    periods: [
      { id: "2022-23", start: "2022-04-01", end: "2023-03-31", label: "2022/23" },
      { id: "2023-24", start: "2023-04-01", end: "2024-03-31", label: "2023/24" },
    ],
    groups: [
      { id: "carers", label: "foster carers", phrasings: ["\\bfoster carers?\\b", "\\bfostering households?\\b"] },
      { id: "kinship", label: "kinship carers", phrasings: ["\\bkinship\\b", "\\bconnected persons?\\b"] },
    ],
    metrics: [
      { id: "approved", label: "approved", counts: "children", phrasings: ["\\bapproved\\b", "\\bapprovals?\\b"] },
      { id: "deregistered", label: "de-registered", counts: "children", phrasings: ["\\bde ?regist"] },
    ],
    relations: [{ kind: "subset", group: "kinship", of: "carers" }],
    rules: [{ kind: "atMost", metric: "deregistered", of: "approved" }],
    measures: [
      { id: "carers_approved", group: "carers", metric: "approved", label: "Foster carers approved" },
      { id: "carers_deregistered", group: "carers", metric: "deregistered", label: "Foster carers de-registered" },
      { id: "kinship_approved", group: "kinship", metric: "approved", label: "Of whom kinship carers" },
    ],
    questions,
  };
}

describe("describeRequest: what each question's own words read as", () => {
  it.each([
    {
      why: "words naming the measure asked",
      question: { number: "1", text: "How many foster carers were approved?", measures: ["carers_approved"] },
      verdict: "agrees",
    },
    {
      why: "words naming another measure of the round",
      question: { number: "2", text: "How many foster carers were de-registered?", measures: ["carers_approved"] },
      verdict: "differs",
    },
    {
      why: "words naming a group and metric the round does not ask together",
      question: { number: "3", text: "How many kinship carers were de-registered?", measures: ["carers_deregistered"] },
      verdict: "differs",
    },
    {
      why: "words naming no group or metric",
      question: { number: "4", text: "Please give the figures for each year.", measures: ["carers_approved"] },
      verdict: "unclear",
    },
    {
      why: "words naming a group and no metric (foi-agg would assume the round's first)",
      question: { number: "4b", text: "How many kinship carers?", measures: ["kinship_approved"] },
      verdict: "unclear",
    },
    {
      why: "a question asking for nothing",
      question: { number: "5", text: "Please describe your recruitment strategy.", measures: [] },
      verdict: "none",
    },
  ])("$why → $verdict", ({ question, verdict }) => {
    const described = describeRequest(knowledgeForRequest(fosterRequest([question])));
    expect(described.questions.map((q) => q.verdict)).toEqual([verdict]);
    expect(requestReadsAsAsked(described)).toBe(verdict !== "differs");
  });

  it("shows the round as a run will use it: authorities as at the date, periods, measures, relation and rule", () => {
    const d = describeRequest(knowledgeForRequest(fosterRequest([])));
    // 2024's list: North and West Northamptonshire, not Northamptonshire.
    expect(d.asAt).toBe("2024-04-01");
    expect(d.authorities.byNation.England).toBe(153);
    expect(d.authorities.total).toBe(Object.values(d.authorities.byNation).reduce((a, b) => a + b, 0));
    expect(d.periods.map((p) => p.id)).toEqual(["2022-23", "2023-24"]);
    expect(d.measures.map((m) => m.id)).toEqual(["carers_approved", "carers_deregistered", "kinship_approved"]);
    expect(d.relations).toEqual(["kinship is a subset of carers (never more)"]);
    expect(d.rules).toEqual(["deregistered ≤ approved, for every group asked both"]);
  });
});

describe("foi-agg request", () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "foi-agg-request-cmd-"));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  async function run(request: object | string, ...flags: string[]) {
    const file = join(scratch, `request-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, typeof request === "string" ? request : JSON.stringify(request));
    const io = captureIo();
    const code = await main(["node", "foi-agg", "request", file, ...flags], io);
    return { code, stdout: io.out.join(""), stderr: io.err.join("") };
  }

  it("exits 0 and says so when every question reads as asked", async () => {
    const r = await run(
      fosterRequest([{ number: "1", text: "How many foster carers were approved?", measures: ["carers_approved"] }]),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Every question's words read as a measure it asks for.");
  });

  it("exits 1 and names the question whose words read as a measure it does not ask for", async () => {
    const r = await run(
      fosterRequest([
        { number: "1", text: "How many foster carers were approved?", measures: ["carers_approved"] },
        { number: "2", text: "How many foster carers were de-registered?", measures: ["kinship_approved"] },
      ]),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/DIFFERS {2}2 {4}asks kinship_approved/);
    expect(r.stdout).toContain("→ carers_deregistered");
  });

  it("prints the round's authorities as CSV with --authorities", async () => {
    const r = await run(fosterRequest([]), "--authorities");
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as { gss_code: string; name: string }[];
    const names = rows.map((row) => row.name);
    expect(names).toContain("North Northamptonshire");
    expect(names).not.toContain("Northamptonshire");
    expect(rows.every((row) => /^[ENSW]\d{8}$/.test(row.gss_code))).toBe(true);
  });

  it.each([
    { why: "not JSON", text: "{ not json" },
    {
      why: "a measure naming an unknown group",
      text: JSON.stringify({
        ...fosterRequest([]),
        measures: [{ id: "x_approved", group: "x", metric: "approved", label: "x" }],
      }),
    },
  ])("exits 2 with a message when the request is $why", async ({ text }) => {
    const r = await run(text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/request-.*\.json/);
  });
});
