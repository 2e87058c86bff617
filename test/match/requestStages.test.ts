import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { stageCaveats } from "../../src/knowledge/labels.js";
import { processFile } from "../../src/pipeline/processFile.js";

/**
 * A request that asks for assessments "completed" makes a label or note
 * naming another stage of the same events ("Age assessments started", "the
 * figures are the number of age assessments started") a count of other
 * events: some started are never concluded. Such figures are kept with a
 * warning on their measure, never as the completed count.
 */
const knowledge = loadKnowledge({
  request: new URL("../../fixtures/holdout111/request.json", import.meta.url).pathname,
});

const read = (text: string) =>
  processFile({ file: "reply.csv", bytes: new TextEncoder().encode(text), manifestCode: "E06000021" }, knowledge);

const warnedOn = (issues: { code: string; severity: string; measure?: string }[]) =>
  [
    ...new Set(
      issues
        .filter((i) => i.severity !== "info" && ["label_outside_request", "figure_other_period"].includes(i.code))
        .map((i) => i.measure),
    ),
  ].sort();

describe("the stages a request's metric names", () => {
  it("gives the completed metric a caveat on the words of an earlier stage", () => {
    const caveats = stageCaveats(knowledge.labels, knowledge.request);
    expect(caveats.map((c) => c.metrics)).toEqual([["completed"]]);
    const names = (text: string) => new RegExp(caveats[0]?.pattern ?? "^$", "u").test(text);
    expect(names("age assessments started all")).toBe(true);
    expect(names("assessments commenced in the year")).toBe(true);
    expect(names("age assessments completed all")).toBe(false);
  });

  it("gives none to a metric that itself counts what was started", () => {
    const request = {
      ...knowledge.request,
      metrics: knowledge.request.metrics.map((m) =>
        m.id === "completed" ? { ...m, label: "assessments started or completed" } : m,
      ),
    };
    expect(stageCaveats(knowledge.labels, request)).toEqual([]);
  });
});

describe("a reply that counts assessments started", () => {
  it("warns on each measure whose row says started", async () => {
    const r = await read(
      [
        "Q,Measure,2021/22,2022/23,2023/24",
        "1,Age assessments started (all),16,21,15",
        "2a,Merton-compliant assessments started,11,15,7",
        "5,Challenged (judicial review),1,0,0",
      ].join("\n"),
    );
    expect(warnedOn(r.issues)).toEqual(["assessed_completed", "merton_completed"]);
  });

  it("warns under a note that the figures are of assessments started", async () => {
    const r = await read(
      [
        "Q,Measure,2021/22,2022/23,2023/24",
        "1,Age assessments (all),16,21,15",
        '"Note: the figures for question 1 are the number of age assessments started in each year.",,,,',
      ].join("\n"),
    );
    expect(warnedOn(r.issues)).toEqual(["assessed_completed"]);
    expect(r.facts.filter((f) => f.measure === "assessed_completed").map((f) => f.value)).toEqual([16, 21, 15]);
  });

  it("gives no warning to assessments completed", async () => {
    const r = await read(
      ["Q,Measure,2021/22,2022/23,2023/24", "1,Age assessments completed (all),16,21,15"].join("\n"),
    );
    expect(warnedOn(r.issues)).toEqual([]);
  });
});

/**
 * A request for the children looked after in each year counts every child in
 * care at any time in it; a reply whose answer says it counts the children who
 * became looked after during the year (new entrants) leaves out those already
 * in care when the year began.
 */
describe("a reply that counts children who became looked after", () => {
  const when = loadKnowledge({
    request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
  });
  const readText = (text: string) =>
    processFile({ file: "EDC reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000045" }, when);

  it("gives the looked-after metric a caveat on the words of a child's coming into care", () => {
    const caveats = stageCaveats(when.labels, when.request);
    expect(caveats.map((c) => c.metrics)).toEqual([["looked_after"]]);
    const names = (text: string) => new RegExp(caveats[0]?.pattern ?? "^$", "u").test(text);
    expect(names("the number of unaccompanied children who became looked after by the council")).toBe(true);
    expect(names("uasc who came into care during 2019")).toBe(true);
    expect(names("new entrants in 2019 only")).toBe(true);
    expect(names("unaccompanied children looked after during the year")).toBe(false);
    expect(names("west northamptonshire council came into being on 1 april 2021")).toBe(false);
  });

  it("warns on 1c under a note that it counts the children who became looked after", async () => {
    const r = await readText(
      [
        "Our response to each question is below.",
        "",
        "1a  2018: 0 / 2019: 0 / 2020: 0",
        "1b  2018: 0 / 2019: 1 / 2020: 0",
        "1c  2018: 1 / 2019: 1 / 2020: 2",
        "    (the number of unaccompanied children who became looked after by the",
        "    Council during each year)",
        "2a  2018: 0 / 2019: 0 / 2020: 0",
        "2b  2018: 0 / 2019: 1 / 2020: 1",
      ].join("\n"),
    );
    expect(warnedOn(r.issues)).toEqual(["uasc_looked_after"]);
  });

  // A note that counts those who came into care before the year in with the rest names no stage of its own.
  it("gives no caveat to a count including those who became looked after before the year", () => {
    const caveats = stageCaveats(when.labels, when.request);
    const names = (text: string) => new RegExp(caveats[0]?.pattern ?? "^$", "u").test(text);
    expect(
      names(
        "1c. unaccompanied children looked after (includes those who became looked after before the year and remained in care)",
      ),
    ).toBe(false);
    expect(names("children looked after, including those who came into care before the period")).toBe(false);
    expect(names("children who became looked after before the year")).toBe(false);
    expect(names("the number of children who became looked after during the year")).toBe(true);
  });

  it("gives no warning to children looked after during the year", async () => {
    const r = await readText(
      [
        "1c  2018: 1 / 2019: 1 / 2020: 2",
        "    (the number of unaccompanied children looked after by the Council at any time in each year)",
      ].join("\n"),
    );
    expect(warnedOn(r.issues)).toEqual([]);
  });
});
