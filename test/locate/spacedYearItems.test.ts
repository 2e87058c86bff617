import { describe, expect, it } from "vitest";
import { spacedPeriodItems } from "../../src/locate/spacedPeriodItems.js";
import { processFile } from "../../src/pipeline/processFile.js";
import { blueBadgeRequest } from "../support/requestKnowledge.js";

describe("calendar years, each followed by its figure after a space", () => {
  it.each([
    ["Q1 – Age assessments carried out: 2021 7, 2022 7, 2023 6", ["2021=7", "2022=7", "2023=6"]],
    ["Q6 – Percentage found to be an adult: 2021 28.6%, 2022 42.9%", ["2021=28.6%", "2022=42.9%"]],
    ["Average days: 2021 39.6; 2022 22.7; 2023 50.9", ["2021=39.6", "2022=22.7", "2023=50.9"]],
    // Not a run of consecutive years: a date or a reference as likely as a list.
    ["Assessments: 2019 7, 2023 6", []],
    ["Reviewed on 1 March 2021 10, and again in 2022 4", []],
    // Years where the figures should be: a row of periods.
    ["Years: 2021 2022, 2022 2023", []],
  ])("%s", (text, expected) => {
    expect(spacedPeriodItems(text).map((m) => `${m[1]}=${m[2]}`)).toEqual(expected);
  });

  it("reads such a line of a letter as each year's figure", async () => {
    const text = [
      "Dear Requester,",
      "",
      "Q1. Number of blue badges issued to residents: 2021 120, 2022 131, 2023 140",
      "",
      "Kind regards,",
    ].join("\n");
    const r = await processFile(
      { file: "reply.txt", bytes: new TextEncoder().encode(text), manifestCode: "E06000038" },
      blueBadgeRequest(),
    );
    const facts = r.facts
      .filter((f) => f.status !== "not_answered")
      .map((f) => `${f.measure} ${f.periodText} ${f.value ?? ""}`)
      .sort();
    expect(facts).toEqual(["residents_badges 2021 120", "residents_badges 2022 131", "residents_badges 2023 140"]);
  });
});

/**
 * "Q1(c): 2021 9; 2022 17; 2023 26; 1 January to 30 April 2024 21.": a Scottish council's answers, one line a
 * question, each year followed by its figure after a space and closed by a semicolon; a figure may be a nil
 * word or a bound in words ("2022 Nil", "2021 fewer than five"), and the last period the requested part of
 * the next year written as its days. Left unread, every figure of the return was lost (round 144, Perth and
 * Kinross).
 */
describe("calendar years with semicolons, figures in words and a closing span of days", () => {
  it.each([
    [
      "Q1(c): 2021 9; 2022 17; 2023 26; 1 January to 30 April 2024 21.",
      ["2021=9", "2022=17", "2023=26", "1 January to 30 April 2024=21"],
    ],
    [
      "Q2(a): 2021 fewer than five; 2022 Nil; 2023 fewer than five; 2024 Nil.",
      ["2021=fewer than five", "2022=Nil", "2023=fewer than five", "2024=Nil"],
    ],
    [
      "The combined figure is: 2021 fewer than\nfive; 2022 fewer than five; 2023 5; 1 January to 30 April 2024 fewer than five.",
      ["2021=fewer than\nfive", "2022=fewer than five", "2023=5", "1 January to 30 April 2024=fewer than five"],
    ],
    // Not consecutive years: a date or a reference as likely as a list.
    ["Q3: 2019 4; 2023 Nil.", []],
    // A span of days only closes the list.
    ["Q3: 1 January to 30 April 2023 4; 2024 Nil.", []],
    // Words after a figure: a sentence, not a list.
    ["Q3: 2021 4 children; 2022 Nil.", []],
    ["Q3: 2021 4; 2022 Nil; the 2023 figure is withheld.", []],
  ])("%s", (text, expected) => {
    expect(spacedPeriodItems(text).map((m) => `${m[1]}=${m[2]}`)).toEqual(expected);
  });
});
