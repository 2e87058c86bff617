import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { blueBadgeRequest, kinshipRequest } from "../support/requestKnowledge.js";

type Knowledge = ReturnType<typeof kinshipRequest>;

const read = async (k: Knowledge, lines: string[]) => {
  const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
  const r = await processFile(
    { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
    k,
  );
  return r.facts
    .filter((f) => f.status !== "not_answered")
    .map((f) => `${f.measure} ${f.periodText ?? ""} ${f.status} ${f.value ?? ""}`.trim())
    .sort();
};

describe("per-period lines, each with its own part letter, under a numbered question", () => {
  it.each([
    [
      "numbered letters with a close bracket",
      ["1) Children placed with kinship carers", "1a) 2022/23 – 41", "1b) 2023/24 – 47"],
      ["kinship_children 2022/23 reported 41", "kinship_children 2023/24 reported 47"],
    ],
    [
      "bare letters with a full stop, and a colon",
      ["2. Kinship approvals", "a. 2022/23: 9", "b. 2023/24: 12"],
      ["kinship_approvals 2022/23 reported 9", "kinship_approvals 2023/24 reported 12"],
    ],
    [
      "bracketed letters, two questions one after the other",
      [
        "Q1 Children placed with kinship carers",
        "(a) 2022/23 - 41",
        "(b) 2023/24 - 47",
        "Q2 Kinship approvals",
        "(a) 2022/23 - 9",
        "(b) 2023/24 - 12",
      ],
      [
        "kinship_approvals 2022/23 reported 9",
        "kinship_approvals 2023/24 reported 12",
        "kinship_children 2022/23 reported 41",
        "kinship_children 2023/24 reported 47",
      ],
    ],
  ])("%s", async (_name, lines, expected) => {
    expect(await read(kinshipRequest(), lines)).toEqual(expected);
  });

  // Near misses: the letters are not a count of periods, so the lines are not
  // joined into one list (and nothing is read from them as one).
  it.each([
    [
      "the same period twice: the letters are parts, not periods",
      ["1) Children placed with kinship carers", "1a) 2022/23 – 41", "1b) 2022/23 – 47"],
    ],
    ["letters out of order", ["1) Children placed with kinship carers", "1a) 2022/23 – 41", "1c) 2023/24 – 47"]],
    [
      "letters under two different question numbers",
      ["1) Children placed with kinship carers", "1a) 2022/23 – 41", "2b) 2023/24 – 47"],
    ],
  ])("%s", async (_name, lines) => {
    const got = await read(kinshipRequest(), lines);
    expect(got).not.toContain("kinship_children 2022/23 reported 41");
    expect(got).not.toContain("kinship_children 2023/24 reported 47");
  });

  // The request itself asks questions 2a and 2b: "2a) 2021 – 80" answers
  // question 2a, so its letter is never read as a period's.
  it("a request with lettered questions keeps its letters as questions", async () => {
    const got = await read(blueBadgeRequest(), [
      "2) Badges issued to residents by age",
      "2a) 2021 – 80",
      "2b) 2022 – 44",
    ]);
    expect(got).not.toContain("residents_badges 2021 reported 80");
    expect(got).not.toContain("residents_badges 2022 reported 44");
    expect(got).not.toContain("under_65_badges 2022 reported 44");
  });
});

describe("a lettered period line whose figure is approximate, with a remark in brackets", () => {
  it.each([
    ["a) 2022/23: 41", "b) 2023/24: around 45 (figures for the current year are provisional and have been rounded)"],
    ["(a) 2022/23 - 41", "(b) 2023/24 - about 45 (provisional)"],
    ["2022/23: 41", "2023/24: approximately 45 (not yet validated)"],
  ])("%s / %s keeps the list and reads the approximate figure as such", async (...lines) => {
    const text = ["Dear Requester,", "", "Q1 Children placed with kinship carers", ...lines, "", "Kind regards,"].join(
      "\n",
    );
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      kinshipRequest(),
    );
    const facts = r.facts.filter((f) => f.measure === "kinship_children");
    expect(facts.find((f) => f.status === "reported")?.value).toBe(41);
    expect(facts.find((f) => f.approximate !== undefined)?.approximate).toBe(45);
    expect(r.issues.some((i) => i.code === "value_approximate" && i.measure === "kinship_children")).toBe(true);
  });
});

describe("a list of periods on a question's line, then sentences about it", () => {
  const facts = async (lines: string[]) => {
    const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      kinshipRequest(),
    );
    return r;
  };

  it("reads the list, and the sentence's calendar-year figures with the list's label, for no requested period", async () => {
    const r = await facts([
      "1. Children placed with kinship carers",
      "2022/23 – 41; 2023/24 – 47",
      "",
      "2. Kinship approvals: 2022/23 – 9; 2023/24 – 12. Approvals are also reviewed by calendar year: there were 10 in 2023 and 4 in 2024.",
    ]);
    const approvals = r.facts
      .filter((f) => f.measure === "kinship_approvals" && f.status === "reported")
      .map((f) => `${f.periodText} ${f.value}`);
    expect(approvals).toEqual(expect.arrayContaining(["2022/23 9", "2023/24 12"]));
    // Calendar years name no requested period: the period stage reports them (figure_period_not_stated).
    const calendar = r.facts
      .filter((f) => f.measure === "kinship_approvals" && /^20\d\d$/u.test(f.periodText ?? ""))
      .map((f) => `${f.periodText} ${f.value}`);
    expect(calendar.sort()).toEqual(["2023 10", "2024 4"]);
  });

  it("leaves the line unread when the sentence after it has a figure it cannot place", async () => {
    const r = await facts(["2. Kinship approvals: 2022/23 – 9; 2023/24 – 12. Of these, 3 were later withdrawn."]);
    expect(r.facts.filter((f) => f.measure === "kinship_approvals" && f.periodText === "2023/24")).toEqual([]);
  });
});

describe("an exact figure with a long remark in brackets on a period line", () => {
  it("is not read as that period's count: the remark may change what it counts", async () => {
    const text = [
      "Dear Requester,",
      "",
      "Q1 Children placed with kinship carers",
      "2022/23: 41",
      "2023/24: 47 (this includes 12 children placed in the borough by other local authorities)",
      "",
      "Kind regards,",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      kinshipRequest(),
    );
    expect(r.facts.filter((f) => f.status === "reported" && f.value === 47)).toEqual([]);
  });
});
