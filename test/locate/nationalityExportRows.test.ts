import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { knowledge } from "../support/knowledge.js";

async function run(lines: string[]) {
  return processFile(
    { file: "Anytown Council FOI export.csv", bytes: new TextEncoder().encode(lines.join("\n")), manifestCode: null },
    knowledge(),
  );
}

const read = (r: Awaited<ReturnType<typeof run>>) =>
  r.nationalities.map((n) => `${n.group} ${n.nationality} ${n.value ?? `${n.lower}-${n.upper}`}`).sort();

describe("an export's nationality rows whose group is a code in a column of its own", () => {
  it.each([
    {
      name: "country names under a NAT_ cohort code (long format)",
      lines: [
        "LA_Name,CohortGrp,Indicator_Desc,Period_From,Period_To,Cnt",
        "Anytown,UASC,Missing 1+ episode,01/10/2014,30/09/2015,9",
        "Anytown,NAT_TRAFF,Vietnam,01/10/2014,30/09/2015,1",
        "Anytown,NAT_TRAFF,United Kingdom,01/10/2014,30/09/2015,1",
        "Anytown,NAT_UASC,Afghanistan,01/10/2014,30/09/2015,4",
        "Anytown,NAT_UASC,Eritrea,01/10/2014,30/09/2015,2",
      ],
      want: ["trafficked British 1", "trafficked Vietnamese 1", "uasc Afghan 4", "uasc Eritrean 2"],
    },
    {
      name: "a Nationality category column beside the group's",
      lines: ["Category,Group,Item,Count", "Nationality,UASC,Afghan,3", "Nationality,Trafficked,Albanian,1"],
      want: ["trafficked Albanian 1", "uasc Afghan 3"],
    },
    {
      name: "a row naming no group is not given one",
      lines: ["Category,Item,Count", "Nationality,Afghan,3", "Nationality,Eritrean,1"],
      want: [],
    },
    {
      name: "a cohort column over a nationality table, a comment line under it",
      lines: [
        "COHORT,NATIONALITY,MISS_CHILD_CNT",
        "UASC,Afghan,5",
        "UASC,Albanian,3",
        "TRAF,Vietnamese,2",
        "#",
        "# TRAF = trafficked; UASC = unaccompanied asylum seeking child",
      ],
      want: ["trafficked Vietnamese 2", "uasc Afghan 5", "uasc Albanian 3"],
    },
    {
      name: "a measure naming nationality on a row that also holds an LA_CODE number",
      lines: [
        "LA_CODE,LA_NAME,COHORT,METRIC_DESC,PERIOD_FROM,PERIOD_TO,VALUE,NOTES",
        "673,Anytown,UASC,LAC_MISSING_CHILD_COUNT,01/10/2014,30/09/2015,3,",
        "673,Anytown,UASC,NATIONALITY_MISSING - ALBANIAN,01/10/2014,30/09/2015,2,",
        "673,Anytown,UASC,NATIONALITY_MISSING - AFGHAN,01/10/2014,30/09/2015,1,",
      ],
      want: ["uasc Afghan 1", "uasc Albanian 2"],
    },
    {
      name: "a measure naming nationality after another dash, the group in a cohort column",
      lines: [
        "Cohort,Measure,Value",
        "UASC,Missing or absent,75",
        "UASC,Missing or absent - nationality: Albanian,21",
        "UASC,Missing or absent - nationality: Eritrean,27",
      ],
      want: ["uasc Albanian 21", "uasc Eritrean 27"],
    },
    {
      name: "nationality rows in a long table of measures: the group and went missing, then the nationality",
      lines: [
        "Question,Number of children",
        "2b – UASC / separated – went missing or absent,9",
        "5 – trafficked, went missing – Vietnamese,1",
        "5 – UASC, went missing – Kurdish (Iraqi),2",
        "5 – UASC, went missing – Syrian,4",
      ],
      want: ["trafficked Vietnamese 1", "uasc Iraqi 2", "uasc Syrian 4"],
    },
    {
      name: "a row breaking down the children looked after is not the missing children's nationality",
      lines: [
        "Question,Number of children",
        "1c – UASC looked after – Afghan,12",
        "1c – UASC looked after – Eritrean,5",
      ],
      want: [],
    },
  ])("$name", async ({ lines, want }) => {
    expect(read(await run(lines))).toEqual(want);
  });
});

describe("a suppression marker where a nationality should be", () => {
  it("is reported as a withheld nationality, its count bounded under Other/unknown", async () => {
    const r = await run([
      "COHORT,NATIONALITY,MISS_CHILD_CNT",
      "UASC,Afghan,5",
      "TRAF,c,c",
      "#",
      "# c = suppressed (1 to 4)",
    ]);
    expect(read(r)).toEqual(["trafficked Other/unknown 1-4", "uasc Afghan 5"]);
    const unknown = r.issues.filter((i) => i.code === "nationality_unknown");
    expect(unknown.map((i) => i.message)).toEqual([expect.stringContaining("withholds the nationality")]);
  });
});
