import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { kinshipRequest } from "../support/requestKnowledge.js";

/**
 * A letter saved as text answers each question with one line a period,
 * often indented under the question; the indent, and a suppressed answer
 * written in words, must not break the list.
 */
describe("one period a line under a question, indented or not", () => {
  const k = kinshipRequest();
  const read = async (answer: string[]) => {
    const text = ["Dear Requester,", "", "1. Children placed with kinship carers", ...answer, ""].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.measure === "kinship_children" && f.status !== "not_answered")
      .map((f) => `${f.periodText} ${f.status} ${f.raw}`)
      .sort();
  };

  // [answer lines, figures read as "period status raw"]
  it.each<[string[], string[]]>([
    [
      ["2022/23: 41", "2023/24: 47"],
      ["2022/23 reported 41", "2023/24 reported 47"],
    ],
    [
      ["    2022/23: 41", "    2023/24: 47"],
      ["2022/23 reported 41", "2023/24 reported 47"],
    ],
    [
      ["\t2022-23 - 41", "\t2023-24 - 47"],
      ["2022-23 reported 41", "2023-24 reported 47"],
    ],
    [
      ["  2022/23: fewer than 5", "  2023/24: 47"],
      ["2022/23 suppressed fewer than 5", "2023/24 reported 47"],
    ],
    [
      ["  2022/23: 41", "  2023/24: less than 5"],
      ["2022/23 reported 41", "2023/24 suppressed less than 5"],
    ],
  ])("%j", async (answer, expected) => {
    expect(await read(answer)).toEqual(expected);
  });

  // "2022 - 23" is the financial year 2022/23 with a spaced dash, as a
  // letter restating the request lists its periods: never year 2022's 23.
  it("a colon makes it a figure: 2022/23: 23", async () => {
    expect(await read(["2022/23: 23", "2023/24: 24"])).toEqual(["2022/23 reported 23", "2023/24 reported 24"]);
  });
  it("one line so among others is a year and its figure: 2022 - 23 over 2023 - 28", async () => {
    expect(await read(["2022 - 23", "2023 - 28"])).toEqual(["2022 reported 23", "2023 reported 28"]);
  });
  it.each<[string[]]>([[["2022 - 23", "2023 - 24"]], [["2022 / 23", "2023 / 24"]], [["2022 – 2023", "2023 – 2024"]]])(
    "%j lists periods, no figures",
    async (answer) => {
      expect(await read(answer)).toEqual([]);
    },
  );
});
