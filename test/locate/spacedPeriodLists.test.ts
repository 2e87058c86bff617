import { describe, expect, it } from "vitest";
import { processFile } from "../../src/pipeline/processFile.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

describe("a question line, then its years spaced out on the line below", () => {
  const k = blueBadgeRequest();
  const read = async (lines: string[]) => {
    const text = ["Dear Requester,", "", ...lines, "", "Kind regards,"].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      k,
    );
    return r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText} ${f.status} ${f.value ?? ""}`.trim())
      .sort();
  };

  it.each([
    // Items apart by spaces alone, no comma between them.
    [
      ["Q1. Number of blue badges issued to residents", "    2021: 120   2022: 131   2023: 140"],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
    [
      ["Q1. Number of blue badges issued to residents", "2021 - 120  2022 - 131  2023 - 140"],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
    // The age band's number ends the question's words: "under 65" is no
    // suppressed figure, and the years below answer the question.
    [
      ["Q2a. Of which to residents aged under 65", "    2021: 80   2022: 87   2023: 88"],
      ["under_65_badges 2021 reported 80", "under_65_badges 2022 reported 87", "under_65_badges 2023 reported 88"],
    ],
    [
      ["Q2b. Of which to residents over 65", "    2021: 40   2022: 44   2023: 52"],
      ["over_65_badges 2021 reported 40", "over_65_badges 2022 reported 44", "over_65_badges 2023 reported 52"],
    ],
    // A spaced slash between the items, as e-mails type them; "nil" is 0.
    [
      ["Q1. Number of blue badges issued to residents", "2021: 120 / 2022: nil / 2023: 140"],
      ["residents_badges 2021 reported 120", "residents_badges 2022 reported 0", "residents_badges 2023 reported 140"],
    ],
    // As before: commas between the items.
    [
      ["Q1. Number of blue badges issued to residents", "2021: 120, 2022: 131, 2023: 140"],
      [
        "residents_badges 2021 reported 120",
        "residents_badges 2022 reported 131",
        "residents_badges 2023 reported 140",
      ],
    ],
  ])("%j", async (lines, expected) => {
    expect(await read(lines)).toEqual(expected);
  });
});
