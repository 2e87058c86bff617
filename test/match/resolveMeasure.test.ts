import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Group } from "../../src/domain/request.js";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { type LabelContext, NO_CONTEXT, resolveMeasure } from "../../src/match/resolveMeasure.js";
import { knowledge } from "../support/knowledge.js";

function resolve(labels: string[], context: LabelContext = NO_CONTEXT): string {
  const k = knowledge();
  const r = resolveMeasure(
    labels.map((l) => matchLabel(l, k.labels)),
    context,
    k.request,
    k.labels,
  );
  return r.kind === "measure" ? r.measure.id : r.kind;
}

const after = (previousGroup: Group): LabelContext => ({ group: null, groupFrom: "", previousGroup });

describe("one label → one measure", () => {
  it.each([
    ["How many looked after children were identified as having been trafficked?", "trafficked_identified"],
    ["Number of LAC suspected to be victims of trafficking", "trafficked_suspected"],
    ["Children in care thought to have been trafficked", "trafficked_suspected"],
    ["Looked after children identified or suspected as trafficked", "trafficked_looked_after"],
    ["Trafficked or suspected trafficked children", "trafficked_looked_after"],
    ["Trafficked/suspected trafficked children who went missing", "trafficked_went_missing"],
    ["Looked after children who were known or suspected victims of human trafficking", "trafficked_looked_after"],
    ["CLA with trafficking flag (confirmed or suspected) during period", "trafficked_looked_after"],
    ["How many of the trafficked children went missing at least once?", "trafficked_went_missing"],
    // Children with an episode are counted as children; episodes for such children are episodes.
    ["UASC with 1+ missing episode", "uasc_went_missing"],
    ["Trafficked children with at least one missing episode", "trafficked_went_missing"],
    ["Number of UASC with a missing episode", "uasc_went_missing"],
    ["Missing episodes – UASC", "uasc_missing_incidents"],
    // "With a missing episode" describes the children whose times are counted: still episodes.
    ["Number of times UASC with a missing episode went missing", "uasc_missing_incidents"],
    ["How often did UASC with a missing episode go missing?", "uasc_missing_incidents"],
    ["Trafficked children in care who ran away or went missing", "trafficked_went_missing"],
    ["Number of occasions trafficked children went missing", "trafficked_missing_incidents"],
    ["Missing episodes – CLA with trafficking flag", "trafficked_missing_incidents"],
    ["CLA with trafficking flag who had a missing episode", "trafficked_went_missing"],
    ["Trafficked children missing and not yet located", "trafficked_not_found"],
    ["CLA with trafficking flag – missing, not returned", "trafficked_not_found"],
    ["Number of unaccompanied asylum seeking children (UASC) in care", "uasc_looked_after"],
    ["How many UASC were in your care?", "uasc_looked_after"],
    ["UASC", "uasc_looked_after"],
    ["UASC who went missing", "uasc_went_missing"],
    [
      "Number of those unaccompanied children and young people reported missing on one or more occasions",
      "uasc_went_missing",
    ],
    ["No. of times UASC went missing", "uasc_missing_incidents"],
    // "the same child on more than one occasion" says a child may count twice: incidents, not children.
    [
      "Total number of individual incidents (which could involve the same child on more than one occasion) of UASC that have gone missing",
      "uasc_missing_incidents",
    ],
    ["UASC who went missing on more than one occasion", "uasc_went_missing"],
    ["Number of missing person reports relating to unaccompanied asylum seeking children", "uasc_missing_incidents"],
    ["UASC still missing", "uasc_not_found"],
    // "All of the … who went missing were located" answers how many are still missing (none), wherever it stands.
    ["UASC: none. All of the young people who went missing were located.", "uasc_not_found"],
    ["Of the UASC who went missing, both of them have since been found", "uasc_not_found"],
    ["How many UASC are currently missing?", "uasc_not_found"],
    ["Total trafficked and UASC children not found", "not_found"],
    ["Plant sy'n derbyn gofal a fasnachwyd / Looked after children who were trafficked", "trafficked_looked_after"],
    ["Nifer yr achosion o fynd ar goll – plant ar eu pen eu hunain sy'n ceisio lloches", "uasc_missing_incidents"],
    ["Looked after children who were victims, or suspected victims, of trafficking", "trafficked_looked_after"],
    ["Nifer y plant sy'n derbyn gofal a fasnachwyd neu yr amheuir eu bod wedi'u masnachu", "trafficked_looked_after"],
    ["Looked after children identifed or suspected as trafficed", "trafficked_looked_after"],
    ["How many looked after children did the council identify as victims of trafficking?", "trafficked_identified"],
    ["Nifer y cyfnodau ar goll / Number of missing episodes for unaccompanied children", "uasc_missing_incidents"],
    ["Children from either group not found", "not_found"],
    ["TRAF_NOT_LOC", "trafficked_not_found"],
    ["Looked after children who are suspected or possible victims of trafficking", "trafficked_suspected"],
    ["Looked after children where trafficking is suspected or believed", "trafficked_suspected"],
    ["Looked after children known to be, or thought to be, victims of child trafficking", "trafficked_looked_after"],
    ["Looked after children who were trafficked, or where trafficking was suspected", "trafficked_looked_after"],
    ["Number of missing occurrences for UASC", "uasc_missing_incidents"],
    ["Nifer o weithiau ar goll / Number of missing incidents for unaccompanied children", "uasc_missing_incidents"],
    // A sub-question's own letter and the grammar joining a group's words do not make the label long.
    ["(c) Suspected of having been trafficked:", "trafficked_suspected"],
    ["Q2a Suspected as being trafficked", "trafficked_suspected"],
    ["(a) Identified as having been trafficked", "trafficked_identified"],
    // Nor do the children it counts and their number.
    ["(c) Another 3 young people were suspected of having been trafficked", "trafficked_suspected"],
    ["(a) 12 children identified as having been trafficked", "trafficked_identified"],
  ])("%s → %s", (label, measure) => {
    expect(resolve([label])).toBe(measure);
  });
});

describe("coded headers", () => {
  it.each([
    ["TRAF_CLA", "trafficked_looked_after"],
    ["TRAF_MISS", "trafficked_went_missing"],
    ["NO_EPISODES_UASC", "uasc_missing_incidents"],
    ["UASC_NOT_FOUND", "uasc_not_found"],
    ["TOTAL_NOT_FOUND", "not_found"],
    ["TraffIdCLA", "trafficked_identified"],
    ["TraffSuspCLA", "trafficked_suspected"],
    ["TraffMissEp", "trafficked_missing_incidents"],
    ["UASCCLA", "uasc_looked_after"],
    ["UASCNF", "uasc_not_found"],
    ["MISS_CH_TRAFF", "trafficked_went_missing"],
    ["MISS_EP_UASC", "uasc_missing_incidents"],
  ])("%s → %s", (label, measure) => {
    expect(resolve([label])).toBe(measure);
  });
});

describe("grid cells: row label × column header", () => {
  it.each([
    [["Identified as trafficked", "Looked after"], "trafficked_identified"],
    [["Suspected", "Looked after"], "trafficked_suspected"],
    [["All trafficked", "Went missing"], "trafficked_went_missing"],
    [["UASC", "Missing episodes"], "uasc_missing_incidents"],
    [["Looked after", "Total trafficked"], "trafficked_looked_after"],
    [["Still missing", "UASC"], "uasc_not_found"],
    [["Trafficked children", "Not found"], "trafficked_not_found"],
    [["of which identified", "Trafficked"], "trafficked_identified"],
    // A part of the trafficked children across the UASC column: no question, never UASC looked after.
    [["of which identified", "UASC"], "ambiguous"],
    [["of which suspected", "UASC"], "ambiguous"],
  ])("%j → %s", (labels, measure) => {
    expect(resolve(labels)).toBe(measure);
  });
});

describe("labels that lean on the question before", () => {
  it.each([
    ["Of these, how many went missing?", "uasc", "uasc_went_missing"],
    ["– of whom went missing", "trafficked", "trafficked_went_missing"],
    ["– number of missing episodes", "uasc", "uasc_missing_incidents"],
    ["How many have not been found?", "uasc", "uasc_not_found"],
    ["Of these how many went missing?", "trafficked_identified", "trafficked_went_missing"],
  ] as const)("%s after %s → %s", (label, previous, measure) => {
    expect(resolve([label], after(previous))).toBe(measure);
  });

  it("takes the group and metric of a section heading for a bare count", () => {
    expect(
      resolve(["Number of children"], {
        group: "uasc",
        groupFrom: "heading",
        previousGroup: null,
        metric: "looked_after",
      }),
    ).toBe("uasc_looked_after");
  });
});

describe("labels foi-agg will not guess", () => {
  it.each([
    ["How many trafficked children went missing, and how many episodes and how many were not found?", "ambiguous"],
    ["Number of children who went missing (trafficked and unaccompanied)", "outside"],
    ["How many went missing?", "unmatched"],
    ["Number of foster carers approved", "none"],
    // Words beyond the group's own phrasing ask something foi-agg does not recognise.
    ["(c) Suspected of having been trafficked by relatives overseas", "unmatched"],
    ["(c) A further 3 children were suspected of having been trafficked abroad", "unmatched"],
  ])("%s → %s", (label, kind) => {
    expect(resolve([label])).toBe(kind);
  });
});

describe("a label naming both groups in a request that did not ask for them together", () => {
  // The three-year round without its combined group "all", as a request of one's own may be written.
  const withAll = JSON.parse(
    readFileSync(join(KNOWLEDGE_DIR, "request-when-harm-remains-2018-2020.json"), "utf8"),
  ) as Record<string, unknown[]>;
  const combined = (withAll.measures as { id: string; group: string }[])
    .filter((m) => m.group === "all")
    .map((m) => m.id);
  const names = ['"all"', ...combined.map((id) => `"${id}"`)];
  const mentionsAll = (x: unknown) => names.some((n) => JSON.stringify(x).includes(n));
  const withoutAll = Object.fromEntries(
    Object.entries(withAll).map(([k, v]) => [k, Array.isArray(v) ? v.filter((x) => !mentionsAll(x)) : v]),
  );
  const dir = mkdtempSync(join(tmpdir(), "foi-agg-request-"));
  const file = join(dir, "request.json");
  writeFileSync(file, JSON.stringify(withoutAll));
  const k = loadKnowledge({ request: file });
  rmSync(dir, { recursive: true, force: true });
  const resolveHere = (label: string) => {
    const r = resolveMeasure([matchLabel(label, k.labels)], NO_CONTEXT, k.request, k.labels);
    return r.kind === "measure" ? r.measure.id : r.kind;
  };

  it.each([
    ["Children who went missing - trafficked or UASC (2a and 2b combined)", "outside"],
    ["Trafficked and UASC children who went missing", "outside"],
    ["UASC who went missing", "uasc_went_missing"],
    ["Trafficked children who went missing", "trafficked_went_missing"],
  ])("%j → %s", (label, want) => {
    expect(resolveHere(label)).toBe(want);
  });
});
