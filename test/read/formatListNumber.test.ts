import { describe, expect, it } from "vitest";
import { bulletText, formatListNumber, listLabel } from "../../src/read/formatListNumber.js";

describe("formatListNumber", () => {
  it.each([
    [1, "decimal", "repeat", "1"],
    [3, "lowerRoman", "repeat", "iii"],
    [14, "upperRoman", "repeat", "XIV"],
    [1999, "upperRoman", "repeat", "MCMXCIX"],
    [0, "lowerRoman", "repeat", "0"],
    [2, "lowerLetter", "repeat", "b"],
    [27, "lowerLetter", "repeat", "aa"],
    [28, "upperLetter", "repeat", "BB"],
    [28, "upperLetter", "alphabetic", "AB"],
    [5, "decimalZero", "repeat", "05"],
    [22, "ordinal", "repeat", "22nd"],
    [12, "ordinal", "repeat", "12th"],
    [4, "none", "repeat", ""],
  ] as const)("%i as %s (%s) is %s", (n, format, letters, expected) => {
    expect(formatListNumber(n, format, letters)).toBe(expected);
  });
});

describe("listLabel", () => {
  it.each([
    ["2(a)", "2a"],
    ["(iii)", "iii"],
    ["1.", "1"],
    ["Q4:", "Q4"],
    ["1.2.", "1.2"],
    ["[b]", "b"],
  ])("%s → %s", (number, label) => {
    expect(listLabel(number)).toBe(label);
  });
});

describe("bulletText", () => {
  it.each([
    ["\uF0B7", "•"],
    ["", "•"],
    ["-", "-"],
    ["–", "–"],
  ])("%j → %s", (raw, shown) => {
    expect(bulletText(raw)).toBe(shown);
  });
});
