import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/domain/facts.js";
import { makeIssue } from "../../src/domain/issues.js";
import { lendContainerAuthority } from "../../src/pipeline/lendContainerAuthority.js";

const named = (file: string, code: string): FileResult =>
  ({ file, ingested: true, authority: { code, how: "content" }, facts: [], issues: [] }) as unknown as FileResult;
const nameless = (file: string): FileResult =>
  ({
    file,
    ingested: true,
    authority: null,
    facts: [],
    issues: [makeIssue("authority_unidentified", { message: "names no authority", file })],
  }) as unknown as FileResult;
const outside = (file: string): FileResult =>
  ({ file, ingested: true, authority: null, facts: [], issues: [] }) as unknown as FileResult;

describe("lendContainerAuthority", () => {
  it.each([
    [
      "a letter and its spreadsheet in a folder of the zip",
      "r.zip#FOI-DCC-15-2210/letter.pdf",
      "r.zip#FOI-DCC-15-2210/figures.xlsx",
    ],
    ["a letter and its spreadsheet at the zip's root", "reply.zip#Response letter.docx", "reply.zip#Data.csv"],
  ])("lends the one named authority to the file that names none (%s)", (_name, letter, sheet) => {
    expect(lendContainerAuthority([named(letter, "E06000047"), nameless(sheet)])).toEqual(
      new Map([[sheet, { code: "E06000047", from: letter }]]),
    );
  });

  it.each([
    [
      "two councils in one folder",
      [named("b.zip#Kent.pdf", "E10000016"), named("b.zip#Devon.pdf", "E10000008"), nameless("b.zip#data.xlsx")],
    ],
    [
      "the council's file in another folder",
      [named("b.zip#Kent/letter.pdf", "E10000016"), nameless("b.zip#Devon/data.xlsx")],
    ],
    [
      "a body outside the round beside it",
      [named("b.zip#letter.pdf", "E10000011"), outside("b.zip#district.eml"), nameless("b.zip#data.xlsx")],
    ],
    [
      "an e-mail's attachment (its sender decides)",
      [named("reply.eml#body", "E10000011"), nameless("reply.eml#data.xlsx")],
    ],
    ["files of the folder itself", [named("letter.pdf", "E10000011"), nameless("data.xlsx")]],
  ])("lends nothing: %s", (_name, results) => {
    expect(lendContainerAuthority(results)).toEqual(new Map());
  });
});
