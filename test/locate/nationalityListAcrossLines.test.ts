import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { settlePeriods } from "../../src/pipeline/settlePeriods.js";

/**
 * Letters whose nationality lists run over more than one line of the page.
 * Each list was read, but its group or its items were lost where the line broke,
 * and the children were left out of the national totals (rounds 140 and 141).
 */
const oneYear = loadKnowledge();
const threeYears = loadKnowledge({
  request: new URL("../../src/knowledge/request-when-harm-remains-2018-2020.json", import.meta.url).pathname,
});

async function nationalitiesOf(lines: string[], knowledge: typeof oneYear, code: string): Promise<string[]> {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards"].join("\n");
  const read = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: code },
    knowledge,
  );
  const { returns } = settlePeriods([read], knowledge, null);
  return returns
    .flatMap((r) => r.nationalities.map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`))
    .sort();
}

describe("a group's name ending one line heads the list on the next", () => {
  // "… British (2). Unaccompanied children:" / "Afghan (2), …": the page broke the sentence after its heading.
  it.each([
    [
      [
        "9. What are the nationalities of the trafficked and unaccompanied children who",
        "went missing?",
        "Trafficked children: Albanian (3), Vietnamese (2) and British (2). Unaccompanied children:",
        "Afghan (2), Eritrean (2), Iranian (1) and Kurdish (1).",
      ],
      [
        "undefined trafficked Albanian 3",
        "undefined trafficked British 2",
        "undefined trafficked Vietnamese 2",
        "undefined uasc Afghan 2",
        "undefined uasc Eritrean 2",
        "undefined uasc Iranian 1",
        "undefined uasc Other/unknown 1",
      ],
    ],
  ])("%j", async (lines, expected) => {
    expect(await nationalitiesOf(lines, oneYear, "E08000001")).toEqual(expected);
  });
});

async function readOf(lines: string[]) {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards"].join("\n");
  const read = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "S12000034" },
    threeYears,
  );
  const { returns } = settlePeriods([read], threeYears, null);
  return {
    lists: returns
      .flatMap((r) => r.nationalities.map((n) => `${n.period} ${n.group} ${n.nationality} ${n.value}`))
      .sort(),
    unread: read.issues.filter((i) => i.code === "layout_unknown").map((i) => i.raw),
  };
}

const figures = [
  "Question 2(b) - UASC who went missing or absent",
  "In 2018, 1 child; in 2019, 6 children; in 2020, 3 children.",
  "",
  "Question 4 - still missing",
  "None of the unaccompanied children who went missing remains missing.",
  "",
];
const years = [
  "2018: 1 Eritrean (all male).",
  "2019: 2 Iranian, 1 Eritrean, 1 Sudanese, 1 Syrian and 1 Vietnamese (all male).",
  "2020: 1 Ethiopian, 1 Iraqi and 1 Sudanese (all male).",
];

describe("a year's list whose last item carries a remark", () => {
  // "2019: 2 Iranian, … and 1 Vietnamese (all male)." is a list by year, as "2018: 1 Eritrean (all male)." is:
  // the remark on its last item did not make the line a year's answer to the question above, and its
  // figures were lost (round 140).
  it("is read as a list, with the group its heading names", async () => {
    const { lists } = await readOf([...figures, "Question 5 - nationality of UASC who went missing", ...years]);
    expect(lists).toEqual([
      "2018 uasc Eritrean 1",
      "2019 uasc Eritrean 1",
      "2019 uasc Iranian 2",
      "2019 uasc Sudanese 1",
      "2019 uasc Syrian 1",
      "2019 uasc Vietnamese 1",
      "2020 uasc Ethiopian 1",
      "2020 uasc Iraqi 1",
      "2020 uasc Sudanese 1",
    ]);
  });

  // Under a heading naming no group, every year's line is the question's and none takes the group of the
  // section before ("… unaccompanied children …"): the first year's list was flagged and the next two were
  // counted as UASC.
  it("under a heading naming no group, flags every year's list alike", async () => {
    const { lists, unread } = await readOf([...figures, "Question 5 - gender and nationality", ...years]);
    expect(lists).toEqual([]);
    expect(unread).toEqual(years);
  });
});

describe("years' lists naming no group, where the other group's figures are not held", () => {
  // "Questions 1(a), 1(b), 2(a) and 3(a) – trafficked children" over a not-held answer that goes on to name
  // question 4: the heading's bracketed part letters were not read as its questions, and the paragraph was
  // taken for question 4's, so the trafficked went-missing figure was left unanswered. Said not held once,
  // naming no year, it says so of every year, and each year's list adds up to that year's UASC who went
  // missing ("In 2018, 1 child; in 2019, 6 children; …", whose later years carry the sentence's first year
  // too): each list is the UASC's (round 140, Aberdeenshire).
  it("gives each year's list to the group with children missing that year", async () => {
    const { lists, unread } = await readOf([
      "Questions 1(a), 1(b), 2(a) and 3(a) - trafficked children",
      "The Council does not record whether a looked after child has been identified or suspected as trafficked in a way that can be reported. In terms of section 17 of FOISA, the Council does not hold this information. For the same reason we cannot answer question 4 for both groups together.",
      "",
      ...figures,
      "Question 5 - gender and nationality",
      ...years,
    ]);
    expect(unread).toEqual([]);
    expect(lists).toEqual([
      "2018 uasc Eritrean 1",
      "2019 uasc Eritrean 1",
      "2019 uasc Iranian 2",
      "2019 uasc Sudanese 1",
      "2019 uasc Syrian 1",
      "2019 uasc Vietnamese 1",
      "2020 uasc Ethiopian 1",
      "2020 uasc Iraqi 1",
      "2020 uasc Sudanese 1",
    ]);
  });
});
