import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { bareNilThenRemarks, nilForEveryPeriod } from "../../src/locate/nilForEveryPeriod.js";
import { processFile } from "../../src/pipeline/processFile.js";

const nil = { status: "reported", value: 0, lower: 0, upper: 0 } as const;

describe("a nil for every period, then remarks", () => {
  const every = loadKnowledge().labels.everyPeriod;
  it("is the paragraph's answer when the remarks give no count", () => {
    const rest = [
      "Children are only recorded once a referral has been made to the National Referral Mechanism, so all of them are included in 1a.",
    ];
    expect(nilForEveryPeriod("None in any of the periods.", nil, rest, every)).toBe(true);
    expect(
      nilForEveryPeriod("Nil for each period.", nil, ["All of the children who went missing were located."], every),
    ).toBe(true);
  });
  it("is not when a remark gives a count or a year, or the opening names no every-period phrase", () => {
    expect(
      nilForEveryPeriod("Nil for each period.", nil, ["Except 2022, when 2 children remain missing."], every),
    ).toBe(false);
    expect(nilForEveryPeriod("None of these children.", nil, ["They were all located."], every)).toBe(false);
    expect(nilForEveryPeriod("Nil for each period.", nil, [], every)).toBe(false);
  });
});

describe("a bare nil, then remarks that give no answer of their own", () => {
  it.each<[string, string, string[], boolean, boolean]>([
    [
      "a nil word and a remark restating it",
      "None.",
      ["Every child who went missing in the period was found."],
      false,
      true,
    ],
    [
      "'Nil' and two remarks",
      "Nil.",
      ["All of the children were located.", "Most returned within a day."],
      false,
      true,
    ],
    ["a remark with a count", "None.", ["Two children were found in 2023."], false, false],
    ["a remark that answers for itself (not held)", "None.", ["Trafficking is not recorded separately."], true, false],
    ["an opening with more words than the nil", "None of these children.", ["They were all located."], false, false],
    ["no remark (a bare nil is read as it always was)", "None.", [], false, false],
  ])("%s", (_name, lead, rest, remarksAnswer, want) => {
    expect(bareNilThenRemarks(lead, nil, rest, remarksAnswer)).toBe(want);
  });
});

describe("a letter answering a question's heading with 'None.' and a remark", () => {
  /** The 2021–2024 request, whose question 4 (still missing, trafficked or UASC together) is one measure. */
  const untilHarmEnds = loadKnowledge({
    request: new URL("../../src/knowledge/request-until-harm-ends-2021-2024.json", import.meta.url).pathname,
  });
  const letter = (answer: string) =>
    new TextEncoder().encode(
      [
        "Thurrock Council",
        "",
        "3. Individual missing or absent incidents",
        "  a. Trafficked: none.",
        "",
        "4. Children still missing or absent",
        `  ${answer}`,
        "",
        "Yours sincerely",
      ].join("\n"),
    );
  const notFound = async (answer: string) => {
    const r = await processFile({ file: "letter.txt", bytes: letter(answer), manifestCode: null }, untilHarmEnds);
    return r.facts.filter((f) => f.measure === "not_found").map((f) => [f.status, f.value, f.raw]);
  };

  it("reads the nil as the heading's answer, not the remark's words as a label of their own", async () => {
    expect(await notFound("None. Every child who went missing in the period was found.")).toEqual([
      ["reported", 0, "None."],
    ]);
  });

  it.each([
    ["a remark that is itself a nil", "None. All of the children were found."],
    ["a remark with a number word, read whole as before", "None. All four young people have been traced."],
  ])("still reads the nil before %s", async (_name, answer) => {
    expect(await notFound(answer)).toEqual([["reported", 0, expect.stringMatching(/^\s*None\./u)]]);
  });

  it("reads nothing as an answer when the remark gives a count", async () => {
    expect(await notFound("None. Two children who went missing in 2015 were found later.")).not.toContainEqual([
      "reported",
      0,
      "None.",
    ]);
  });
});
