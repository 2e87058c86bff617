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
