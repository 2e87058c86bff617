import { describe, expect, it } from "vitest";
import { readPeriodSentences } from "../../src/locate/readPeriodSentences.js";

const read = (text: string) => readPeriodSentences(text).map((i) => `${i.label}|${i.period}|${i.raw}`);

describe("a sentence led by its period that gives several counts of one kind of child", () => {
  it.each([
    // Round 89 (Hartlepool): the 35 children took "on approximately 160 occasions" as their words and were
    // counted as the episodes.
    [
      "In 2022, 35 looked after children went missing on approximately 160 occasions. In 2023, 34 looked after children went missing, with 102 missing episodes recorded.",
      [
        "looked after children went missing|2022|35",
        "looked after children went missing on occasions|2022|approximately 160",
        "looked after children went missing|2023|34",
        "missing episodes recorded|2023|102",
      ],
    ],
    // Round 89 (Stirling): the second count joined by "across".
    [
      "In 2022, 14 looked after children went missing from care, across 45 missing episodes.",
      ["looked after children went missing from care|2022|14", "missing episodes|2022|45"],
    ],
    // A number that ends the words is part of them, not a second count.
    [
      "In 2021, 6 were aged under 16, 7 were aged 16 or over.",
      ["were aged under 16|2021|6", "were aged 16 or over|2021|7"],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a line led by its period whose clauses give their count last", () => {
  it.each([
    // Round 89 (Stirling).
    [
      "2022 - offered 40, completed 27, completed within 72 hours 17",
      ["offered|2022|40", "completed|2022|27", "completed within 72 hours|2022|17"],
    ],
    // Every clause or none: one clause that ends on a bound is no list.
    ["2022 - offered 40, children aged under 16", []],
    ["2022 - offered 40", []],
    // Round 64 (Kirklees): counts named by nationality are a breakdown for the nationality readers.
    ["2018: Vietnamese 3, Eritrean 2", []],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
