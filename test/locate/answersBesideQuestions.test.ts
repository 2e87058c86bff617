import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { formatSource } from "../../src/domain/source.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { buildXlsx, csv, text } from "../support/buildXlsx.js";
import { knowledge } from "../support/knowledge.js";

async function run(file: string, bytes: Uint8Array): Promise<FileResult> {
  return processFile({ file, bytes, manifestCode: null }, knowledge());
}

function figures(r: FileResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of r.facts) out[f.measure] = `${f.value ?? f.status}@${f.sources.map(formatSource).join(";")}`;
  return out;
}

function nationalities(r: FileResult): string[] {
  return r.nationalities.map((n) => `${n.group}:${n.nationality}:${n.value ?? n.status}`).sort();
}

describe("several numbered questions restated on one line", () => {
  it.each([
    {
      name: "a pointer to another answer below them",
      line: "2. Of these, how many went missing at least once? 3. How many missing episodes? 4. How many are still missing?",
      below: "Please see our answer to question 1.",
    },
    {
      name: "a refusal below them",
      line: "2) Of these, how many went missing? 3) How many missing episodes did they have?",
      below: "This information is not held.",
    },
  ])("never reads the next question's number as an answer ($name)", async ({ line, below }) => {
    const r = await run(
      "Anytown reply.txt",
      text(
        [
          "1. How many looked after children were identified as trafficked or suspected of being trafficked?",
          "This information is not held.",
          "",
          line,
          below,
          "",
          "5. How many unaccompanied asylum seeking children were looked after?",
          "14",
        ].join("\n"),
      ),
    );
    const f = figures(r);
    // No question number ("3.", "4.") becomes a count of trafficked children.
    for (const measure of ["trafficked_went_missing", "trafficked_missing_incidents", "trafficked_not_found"]) {
      expect(f[measure] ?? "none", measure).not.toMatch(/^\d/u);
    }
    expect(f.uasc_looked_after).toBe("14@Anytown reply.txt:8");
    // The questions not answered are named, one by one.
    const unanswered = r.issues.filter((i) => i.code === "value_not_answered").map((i) => i.measure);
    expect(unanswered).toContain("trafficked_went_missing");
  });

  it("keeps a question and its answer on one line together", async () => {
    const r = await run(
      "Anytown reply.txt",
      text("5. How many unaccompanied asylum seeking children were looked after? 14\n6. How many went missing? 3\n"),
    );
    expect(figures(r)).toMatchObject({
      uasc_looked_after: "14@Anytown reply.txt:1",
      uasc_went_missing: "3@Anytown reply.txt:2",
    });
  });
});

describe("nationalities", () => {
  it.each([
    {
      name: "a list in prose in the answer column of a question/answer csv",
      bytes: csv([
        ["Question", "Answer"],
        ["6. How many UASC went missing?", "7"],
        [
          "9. Nationality of those who went missing",
          "Trafficked: Vietnamese 3, Albanian 1. UASC: Afghan 3, Eritrean 2",
        ],
      ]),
      want: ["trafficked:Albanian:1", "trafficked:Vietnamese:3", "uasc:Afghan:3", "uasc:Eritrean:2"],
    },
    {
      name: "a list whose group is named by the question beside it",
      bytes: csv([
        ["Question", "Answer"],
        ["Nationalities of UASC who went missing", "Afghan 4, Sudanese 1"],
      ]),
      want: ["uasc:Afghan:4", "uasc:Sudanese:1"],
    },
  ])("reads $name", async ({ bytes, want }) => {
    const r = await run("Kent FOI.csv", bytes);
    expect(nationalities(r)).toEqual(want);
  });

  it("does not take a count beside a question for a nationality list", async () => {
    const r = await run(
      "Kent FOI.csv",
      csv([
        ["Question", "Answer"],
        ["How many UASC went missing?", "7"],
        ["Nationality of UASC who went missing", "not held"],
      ]),
    );
    expect(r.nationalities).toEqual([]);
    expect(figures(r).uasc_went_missing).toBe("7@Kent FOI.csv:2:2");
  });

  it("reads a long table whose rows name their own group", async () => {
    const bytes = await buildXlsx([
      {
        name: "Q9",
        rows: [
          ["Nationality of children who went missing"],
          ["Group", "Nationality", "Children"],
          ["Trafficked", "British", 1],
          ["Trafficked", "Albanian", 2],
          ["UASC", "Afghan", 3],
          ["Unaccompanied asylum seeking", "Eritrean", 4],
        ],
      },
    ]);
    const r = await run("Kent.xlsx", bytes);
    expect(nationalities(r)).toEqual([
      "trafficked:Albanian:2",
      "trafficked:British:1",
      "uasc:Afghan:3",
      "uasc:Eritrean:4",
    ]);
    expect(r.issues.filter((i) => i.code === "layout_unknown")).toEqual([]);
  });

  it("does not give a long table's row of no group the group of the rows around it", async () => {
    const bytes = await buildXlsx([
      {
        name: "Q9",
        rows: [
          ["Group", "Nationality", "Children"],
          ["Trafficked", "British", 1],
          ["UASC", "Afghan", 3],
          ["UASC", "Eritrean", 2],
          ["Care leavers", "Iraqi", 5],
        ],
      },
    ]);
    const r = await run("Kent.xlsx", bytes);
    // Too few rows name a group for the first column to be a group column at all,
    // or the care leavers' row is reported: either way 5 Iraqi are never counted.
    expect(nationalities(r).some((n) => n.includes("Iraqi"))).toBe(false);
  });

  it.each([
    {
      name: "each group's list under a title of its own, with no 'Nationality' header",
      rows: [
        ["9 Nationalities", "see below"],
        [],
        ["Trafficked children who went missing"],
        ["British", 3],
        ["Albanian", 2],
        ["UASC who went missing"],
        ["Eritrean", 4],
        ["Afghan", 1],
      ],
      want: ["trafficked:Albanian:2", "trafficked:British:3", "uasc:Afghan:1", "uasc:Eritrean:4"],
    },
    {
      name: "the group written beside each nationality",
      rows: [
        ["Nationality of children who went missing", "Number"],
        ["Trafficked - Vietnamese", 2],
        ["UASC - Afghan", 1],
        ["Eritrean (UASC)", 3],
      ],
      want: ["trafficked:Vietnamese:2", "uasc:Afghan:1", "uasc:Eritrean:3"],
    },
    {
      name: "a header led by its question's number",
      rows: [
        ["9", "Nationality", "Trafficked", "UASC"],
        ["", "Afghan", "", 11],
        ["", "Vietnamese", 2, 3],
      ],
      want: ["trafficked:Vietnamese:2", "uasc:Afghan:11", "uasc:Vietnamese:3"],
    },
  ])("reads $name", async ({ rows, want }) => {
    const r = await run("Kent.xlsx", await buildXlsx([{ name: "Q9", rows }]));
    expect(nationalities(r)).toEqual(want);
    expect(r.issues.filter((i) => i.code === "layout_unknown")).toEqual([]);
  });

  it("reports a count column whose group cannot be told, once", async () => {
    const r = await run(
      "Kent.xlsx",
      await buildXlsx([
        {
          name: "Q9",
          rows: [
            ["Nationality", "Number"],
            ["Afghan", 3],
            ["Eritrean", 2],
          ],
        },
      ]),
    );
    expect(r.nationalities).toEqual([]);
    expect(r.issues.filter((i) => i.code === "layout_unknown")).toHaveLength(1);
  });

  it.each([
    {
      name: "on the line below",
      lines: ["Question 9 - Nationalities of the children who went missing", "Afghan 2, Iranian 1, Iraqi 1"],
    },
    {
      name: "after a blank line",
      lines: ["9. Nationalities of the children who went missing", "", "Afghan 2, Iranian 1"],
    },
  ])("does not give a list under a question about both groups the section's group ($name)", async ({ lines }) => {
    const r = await run(
      "Kent reply.txt",
      text(
        [
          "Questions 1 to 4 (children identified or suspected as trafficked)",
          "Question 2 - How many went missing?",
          "3",
          "",
          ...lines,
        ].join("\n"),
      ),
    );
    expect(r.nationalities).toEqual([]);
    expect(r.issues.filter((i) => i.code === "layout_unknown")).toHaveLength(1);
  });

  it("gives a list under a question about one group's nationality that group", async () => {
    const r = await run(
      "Kent reply.txt",
      text(
        [
          "Question 2 - How many trafficked children went missing?",
          "3",
          "",
          "Nationality of the UASC who went missing",
          "Afghan 2, Iranian 1",
        ].join("\n"),
      ),
    );
    expect(nationalities(r)).toEqual(["uasc:Afghan:2", "uasc:Iranian:1"]);
  });
});

describe("a heading over a range of questions", () => {
  const letter = (heading: string) =>
    text(
      [
        heading,
        "Question 1 – how many looked after children were identified or suspected as trafficked?",
        "4 children.",
        "Question 2 – how many of them went missing?",
        "2 of these children went missing.",
        "Question 5 – how many unaccompanied asylum seeking children were looked after?",
        "40 unaccompanied asylum seeking children were looked after.",
        "Question 7 – how many missing incidents?",
        "There were 96 missing incidents in total.",
      ].join("\n\n"),
    );

  it.each(["Questions 1 to 4 – children identified or suspected as trafficked", "Qs 1-4 (trafficked children)"])(
    "heads its questions only (%s)",
    async (heading) => {
      const f = figures(await run("Kent reply.txt", letter(heading)));
      expect(f.trafficked_went_missing?.split("@")[0]).toBe("2");
      // Question 7 is past the heading's questions: its answer is the UASC's, not the trafficked children's.
      expect(f.uasc_missing_incidents?.split("@")[0]).toBe("96");
      expect(f.trafficked_missing_incidents).toBeUndefined();
    },
  );
});

describe("a paragraph that answers counts and lists nationalities", () => {
  it("reads both, and the list gives no count of its group", async () => {
    const r = await run(
      "Kent reply.txt",
      text(
        "In the same period the Council looked after 64 unaccompanied asylum seeking children. Eight of these young people went missing at least once, accounting for 23 missing episodes. The young people who went missing were Afghan (3), Eritrean (2), Sudanese (2) and Iranian (1).\n",
      ),
    );
    const f = figures(r);
    expect([f.uasc_looked_after, f.uasc_went_missing, f.uasc_missing_incidents].map((x) => x?.split("@")[0])).toEqual([
      "64",
      "8",
      "23",
    ]);
    expect(f.uasc_not_found).toBeUndefined();
    expect(nationalities(r)).toEqual(["uasc:Afghan:3", "uasc:Eritrean:2", "uasc:Iranian:1", "uasc:Sudanese:2"]);
  });
});

describe("lists one nationality a line, and counts in words", () => {
  it.each([
    {
      name: "one a line under a question about one group's nationality, bilingual",
      lines: [
        "9. Cenedligrwydd / Nationality (UASC who went missing):",
        "   Affganaidd / Afghan - 2",
        "   Iracaidd / Iraqi - 1",
      ],
      want: ["uasc:Afghan:2", "uasc:Iraqi:1"],
    },
    {
      name: "counts in words under a question about one group's nationality",
      lines: ["Nationality of the UASC who went missing", "One Afghan and one Iranian young person."],
      want: ["uasc:Afghan:1", "uasc:Iranian:1"],
    },
  ])("reads $name", async ({ lines, want }) => {
    const r = await run("Kent reply.txt", text(lines.join("\n")));
    expect(nationalities(r)).toEqual(want);
  });

  it("reads a paragraph's counts and its list in words apart", async () => {
    const r = await run(
      "Kent reply.txt",
      text(
        "During the period Kent looked after 11 children who were identified or suspected as having been trafficked. Four of these young people went missing. Of the four, two were Vietnamese, one was Albanian and one was British.\n",
      ),
    );
    const f = figures(r);
    expect([f.trafficked_looked_after, f.trafficked_went_missing].map((x) => x?.split("@")[0])).toEqual(["11", "4"]);
    expect(nationalities(r)).toEqual(["trafficked:Albanian:1", "trafficked:British:1", "trafficked:Vietnamese:2"]);
  });

  it("does not read a lone line of one nationality as a list without a question above it", async () => {
    const r = await run("Kent reply.txt", text("How many UASC went missing?\nOne Afghan young person went missing.\n"));
    expect(r.nationalities).toEqual([]);
  });
});

describe("a column of question numbers headed in Welsh and English", () => {
  it("reads 'Cwestiwn / Question | Ateb / Answer' rows by their numbers", async () => {
    const r = await run(
      "Torfaen ymateb.csv",
      csv([
        ["Cwestiwn / Question", "Ateb / Answer"],
        ["1", "4"],
        ["2", "2"],
        ["5", "3"],
        ["6", "1"],
      ]),
    );
    expect(figures(r)).toMatchObject({
      trafficked_looked_after: "4@Torfaen ymateb.csv:2:2",
      trafficked_went_missing: "2@Torfaen ymateb.csv:3:2",
      uasc_looked_after: "3@Torfaen ymateb.csv:4:2",
      uasc_went_missing: "1@Torfaen ymateb.csv:5:2",
    });
  });
});
