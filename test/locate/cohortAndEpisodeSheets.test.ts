import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, type CellSpec } from "../support/buildXlsx.js";

const KNOWLEDGE_DIR = join(import.meta.dirname, "../../src/knowledge");

/**
 * A case-management extract in two lists: one row per child looked after in the request's span (its group
 * columns and the dates it became and ceased to be looked after), and one row per missing episode of those
 * children (the child's reference, the date missing and the date found), each under its report-run lines.
 * Neither list answers on its own: the children's groups are on one sheet and their episodes on the other.
 * foi-agg joins them by the child reference and counts each requested period: children looked after (care
 * dates overlapping it), episodes and children who went missing (episodes that began in it), and children
 * whose episode begun in it is still open (no date found).
 */
describe("a cohort of looked-after children and a list of their episodes on two sheets", () => {
  const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-until-harm-ends-2021-2024.json") });
  const Y21 = "1 January 2021 to 31 December 2021";
  const Y22 = "1 January 2022 to 31 December 2022";
  const Y23 = "1 January 2023 to 31 December 2023";
  const Y24 = "1 January 2024 to 30 April 2024";
  const README: CellSpec[][] = [
    ["Anyshire County Council - Freedom of Information request 1234"],
    [],
    [
      'Sheet "Cohort": one row per child who was looked after at any point between 01/01/2021 and 30/04/2024 and was UASC or had a trafficking flag.',
    ],
    ['Sheet "Missing episodes": one row per missing episode for these children.'],
  ];
  const COHORT: CellSpec[][] = [
    ["Report: CS_FOI_Cohort v3"],
    ["Run by: Performance  |  Run date: 12/06/2024 09:41  |  Source: Mosaic"],
    ["Parameters: CLA episode open at any point 01/01/2021 - 30/04/2024"],
    [],
    ["Child ID", "Nationality", "UASC", "Trafficking flag", "CLA start", "CLA end"],
    ["C1", "Afghan", "Y", null, "01/03/2020", "01/06/2022"],
    ["C2", "Albanian", "N", "Identified", "01/02/2021", null],
    ["C3", "Eritrean", "Y", "NRM referral pending", "01/01/2023", "01/02/2024"],
    ["C4", "Sudanese", "Y", null, "01/01/2019", "01/06/2020"],
    [],
    ["Records: 4"],
  ];
  const EPISODES: CellSpec[][] = [
    ["Report: CS_FOI_Missing_Episodes v2"],
    ["Run by: Performance  |  Run date: 12/06/2024 09:44  |  Source: Mosaic"],
    [],
    ["Child ID", "Date missing", "Date found / returned", "Outcome"],
    ["C4", "01/02/2020", "02/02/2020", "Returned"],
    ["C1", "10/05/2021", "11/05/2021", "Returned"],
    ["C1", "20/07/2021", "22/07/2021", "Returned"],
    ["C1", "03/03/2022", "04/03/2022", "Returned"],
    ["C2", "15/06/2022", "16/06/2022", "Returned"],
    ["C3", "05/05/2023", "06/05/2023", "Returned"],
    ["C2", "01/02/2024", null, "Open - missing"],
  ];
  const read = async (episodes: CellSpec[][]) => {
    const bytes = await buildXlsx([
      { name: "Read me", rows: README },
      { name: "Cohort", rows: COHORT },
      { name: "Missing episodes", rows: episodes },
    ]);
    const r = await processFile({ file: "Anyshire cohort extract.xlsx", bytes, manifestCode: "E10000019" }, k);
    const derived = r.facts
      .filter((f) => f.status === "derived")
      .map((f) => `${f.periodText ?? "-"} ${f.measure}=${f.value}`)
      .sort();
    const nats = r.nationalities.map((n) => `${n.periodText ?? "-"} ${n.group} ${n.nationality}=${n.value}`).sort();
    return { derived, nats, issues: r.issues };
  };

  it("counts each period from the two lists joined by the child's reference", async () => {
    const { derived, nats, issues } = await read(EPISODES);
    expect(derived.filter((d) => d.startsWith(Y21))).toEqual(
      [
        `${Y21} trafficked_identified=1`,
        `${Y21} trafficked_suspected=0`,
        `${Y21} trafficked_looked_after=1`,
        `${Y21} trafficked_went_missing=0`,
        `${Y21} trafficked_missing_incidents=0`,
        `${Y21} uasc_looked_after=1`,
        `${Y21} uasc_went_missing=1`,
        `${Y21} uasc_missing_incidents=2`,
        `${Y21} uasc_trafficked_looked_after=0`,
        `${Y21} not_found=0`,
      ].sort(),
    );
    expect(derived).toContain(`${Y22} trafficked_went_missing=1`);
    expect(derived).toContain(`${Y22} uasc_missing_incidents=1`);
    // C3 came into care in 2023, both UASC and suspected: referred to the NRM, no decision yet.
    expect(derived).toContain(`${Y23} trafficked_suspected=1`);
    expect(derived).toContain(`${Y23} trafficked_identified=1`);
    expect(derived).toContain(`${Y23} trafficked_looked_after=2`);
    expect(derived).toContain(`${Y23} uasc_trafficked_looked_after=1`);
    // C2's episode begun in February 2024 has no date found: still missing.
    expect(derived).toContain(`${Y24} not_found=1`);
    expect(derived).toContain(`${Y24} trafficked_went_missing=1`);
    // Nationalities are of the children who went missing, never of the whole cohort.
    expect(nats).toContain(`${Y21} uasc Afghan=1`);
    expect(nats).toContain(`${Y24} trafficked Albanian=1`);
    expect(nats.filter((n) => n.includes("Sudanese"))).toEqual([]);
    expect(issues.filter((i) => i.code === "layout_report_metadata")).toHaveLength(2);
    expect(issues.some((i) => i.code === "episodes_aggregated" && /joined/u.test(i.message))).toBe(true);
    expect(issues.filter((i) => i.code === "episode_list_uncounted")).toEqual([]);
  });

  it.each<[string, CellSpec[]]>([
    ["a child not on the cohort", ["C9", "10/05/2021", "11/05/2021", "Returned"]],
    ["a date missing that is no date", ["C1", "spring 2021", "11/05/2021", "Returned"]],
    ["a date found that is neither a date nor blank", ["C1", "10/05/2021", "see notes", "Returned"]],
  ])("an episode row it cannot place (%s): nothing counted from the episodes, and said", async (_, bad) => {
    const { derived, issues } = await read([...EPISODES, bad]);
    expect(derived.filter((d) => /went_missing|missing_incidents|not_found/u.test(d))).toEqual([]);
    const said = issues.filter((i) => i.code === "episode_list_uncounted" && /Cohort/u.test(i.message));
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((i) => i.severity === "warning")).toBe(true);
  });
});
