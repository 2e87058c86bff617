import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { alignQuestion } from "../../src/match/alignQuestion.js";
import { matchLabel } from "../../src/match/matchLabel.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { text } from "../support/buildXlsx.js";

const knowledge = loadKnowledge({ request: new URL("./numbered-questions.request.json", import.meta.url).pathname });
const { request, labels } = knowledge;

describe("which of the request's questions a numbered label answers", () => {
  it.each([
    // A number in brackets at the end is the label's own.
    [["Suspended (1b)"], "1b", "number and wording"],
    [["Pupils permanently excluded (Q1a)"], "1a", "number and wording"],
    // A restatement in other forms of the words ("suspending" for "suspended").
    [["1b", "Pupils suspending from school"], "1b", "number and wording"],
    // A bare number under a column header that names no group: the number says which question.
    [["1a", "Number of pupils / occasions"], "1a", "number"],
  ])("%j → %s by %s", (texts, number, by) => {
    const aligned = alignQuestion(
      texts.map((t) => matchLabel(t, labels)),
      request.questions,
    );
    expect([aligned?.question.number, aligned?.by]).toEqual([number, by]);
  });

  it.each([
    // A column naming a group is a grid of its own: the row's bare number does not overrule it.
    [["1a", "Suspended"]],
    // A footnote mark is not a question number.
    [["Pupils who were permanently excluded (2)"]],
    // A number the request has is not moved to another question whose words are nearer (3's).
    [["Pupils excluded or suspended from school during the whole year (1a)"]],
  ])("leaves %j unaligned", (texts) => {
    expect(
      alignQuestion(
        texts.map((t) => matchLabel(t, labels)),
        request.questions,
      ),
    ).toBeNull();
  });
});

describe("a table that copies the request's questions under their numbers", () => {
  const read = async (rows: string[]) => {
    const r = await processFile({ file: "reply.csv", bytes: text(rows.join("\n")), manifestCode: null }, knowledge);
    const facts = r.facts.filter((f) => f.status !== "not_answered").map((f) => `${f.measure}=${f.value}`);
    return { facts: facts.sort(), conflicts: r.issues.filter((i) => i.code === "value_conflict").length };
  };

  it.each([
    {
      name: "a question restated in another's words is read by its number, and the two rows do not collide",
      rows: [
        "Question,Description,2022-23,2023-24",
        "1a,Pupils who were permanently excluded.,4,6",
        "2a,Pupils who were permanently excluded.,5,9",
      ],
      facts: ["permanent_exclusions=5", "permanent_exclusions=9", "permanent_pupils=4", "permanent_pupils=6"],
    },
    {
      name: "a total of two numbered parts in brackets is the whole they are parts of",
      rows: [
        "Question,2022-23,2023-24",
        "Permanently excluded pupils (1a),4,6",
        "Pupils suspended (1b),10,12",
        "Total (1a + 1b),14,18",
      ],
      facts: [
        "excluded_pupils=14",
        "excluded_pupils=18",
        "permanent_pupils=4",
        "permanent_pupils=6",
        "suspension_pupils=10",
        "suspension_pupils=12",
      ],
    },
  ])("$name", async ({ rows, facts }) => {
    const got = await read(rows);
    expect(got).toEqual({ facts, conflicts: 0 });
  });
});

describe("a renumbered question that says less than the request's question of that number", () => {
  it("keeps the count its words name", async () => {
    const r = await processFile(
      {
        file: "reply.csv",
        bytes: text(
          [
            "Question,2022-23,2023-24",
            "1b – pupils suspended,10,12",
            // The request's 4 asks for the occasions; this 4 leaves out the word that names them.
            "4. Pupils permanently excluded,7,8",
          ].join("\n"),
        ),
        manifestCode: null,
      },
      knowledge,
    );
    expect(r.facts.filter((f) => f.status !== "not_answered").map((f) => `${f.measure}=${f.value}`)).toEqual([
      "suspension_pupils=10",
      "suspension_pupils=12",
      "permanent_pupils=7",
      "permanent_pupils=8",
    ]);
  });
});

describe("a lettered part restated without its stem", () => {
  // Three stems over the same parts, as requests ask: the part's words say
  // which pupils, only the stem says what is counted of them.
  const q = (number: string, text: string) => ({ number, text, measures: [] });
  const questions = [
    q("1", "The number of pupils on the roll of your schools who were:"),
    q("1a", "Eligible for free school meals at any point in the year."),
    q("2", "The number of pupils permanently excluded from your schools who were:"),
    q("2a", "Eligible for free school meals at any point in the year and permanently excluded."),
    q("3", "The number of pupils educated off site at the end of the year, having been excluded, who were:"),
    q("3a", "Eligible for free school meals."),
  ];
  const align = (label: string) => alignQuestion([matchLabel(label, labels)], questions)?.question.number ?? null;

  it("is not taken for the part whose stem it leaves out", () => {
    // 3a's words alone are nearest, but 3 counts pupils educated off site, which the label never says.
    expect(align("Pupils eligible for free school meals")).toBeNull();
  });

  it("is that part when its stem is the request's only one", () => {
    const one = questions.slice(0, 2);
    const label = matchLabel("Pupils eligible for free school meals at any point", labels);
    expect(alignQuestion([label], one)?.question.number).toBe("1a");
  });
});

describe("a label's question is worked out once per run", () => {
  it("keys the reading by the parts' numbers as well as their words, and hands out copies", () => {
    const read = (texts: string[]) =>
      alignQuestion(
        texts.map((t) => matchLabel(t, labels)),
        request.questions,
      );
    const first = read(["Suspended (1b)"]);
    if (first) first.similarity = -1;
    for (let round = 0; round < 2; round++) {
      expect(read(["Suspended (1b)"])?.similarity).toBeGreaterThan(0);
      expect(read(["1a", "Number of pupils / occasions"])?.question.number).toBe("1a");
      expect(read(["1b", "Number of pupils / occasions"])?.question.number).toBe("1b");
    }
  });
});
