import { describe, expect, it } from "vitest";
import { matchIgnoreRules, parseIgnoreRule, parseIgnoreRules } from "../../src/discover/matchIgnoreRules.js";

const rules = (text: string) => parseIgnoreRules(text, (line) => `.foi-aggignore line ${line}`);
const ignored = (text: string, file: string) => matchIgnoreRules(rules(text), file) !== null;

describe("matchIgnoreRules: the .gitignore subset", () => {
  it.each([
    // rules, file, left out?
    ["notes.txt", "notes.txt", true],
    ["notes.txt", "Kent/notes.txt", true],
    ["notes.txt", "notes.txt.bak", false],
    ["*.txt", "Kent.txt", true],
    ["*.txt", "2015/Kent.txt", true],
    ["*.txt", "Kent.xlsx", false],
    ["notes*", "notes to self.txt", true],
    ["notes*", "Kent notes.txt", false],
    ["Kent?.csv", "Kent2.csv", true],
    ["Kent?.csv", "Kent.csv", false],
    ["Kent?.csv", "Kent22.csv", false],
    ["a?b", "a/b", false],
    ["*", "anything.csv", true],
    ["*.csv", "x/y.csv", true],
    // Anchoring: a slash at the start or in the middle ties the pattern to the folder's top.
    ["/notes.txt", "notes.txt", true],
    ["/notes.txt", "Kent/notes.txt", false],
    ["drafts/old.csv", "drafts/old.csv", true],
    ["drafts/old.csv", "2015/drafts/old.csv", false],
    ["drafts/*.csv", "drafts/old.csv", true],
    ["drafts/*.csv", "drafts/a/old.csv", false],
    // ** across folders.
    ["**/old.csv", "old.csv", true],
    ["**/old.csv", "a/b/old.csv", true],
    ["drafts/**", "drafts/a/b.csv", true],
    ["drafts/**", "drafts.csv", false],
    ["a/**/b.csv", "a/b.csv", true],
    ["a/**/b.csv", "a/x/y/b.csv", true],
    ["a/**/b.csv", "c/a/b.csv", false],
    ["***.csv", "x.csv", true],
    // A trailing slash: folders only, and everything in them.
    ["drafts/", "drafts/Kent.csv", true],
    ["drafts/", "2015/drafts/Kent.csv", true],
    ["drafts/", "drafts", false],
    ["drafts", "drafts", true],
    ["drafts", "drafts/Kent.csv", true],
    // Comments, blank lines, escapes.
    ["# notes.txt", "# notes.txt", false],
    ["\\#notes.txt", "#notes.txt", true],
    ["\n\n   \n", "notes.txt", false],
    ["notes.txt   ", "notes.txt", true],
    ["\\!important.txt", "!important.txt", true],
    // Negation: the last matching rule decides...
    ["*.txt\n!Kent.txt", "Kent.txt", false],
    ["*.txt\n!Kent.txt", "notes.txt", true],
    ["!Kent.txt\n*.txt", "Kent.txt", true],
    // ...but a file in a left-out folder cannot be re-included (as in git).
    ["drafts/\n!drafts/Kent.csv", "drafts/Kent.csv", true],
    ["drafts/*\n!drafts/Kent.csv", "drafts/Kent.csv", false],
    // Special characters are literal.
    ["Kent (1).csv", "Kent (1).csv", true],
    ["a+b.csv", "aab.csv", false],
    ["[abc].csv", "a.csv", false],
    ["[abc].csv", "[abc].csv", true],
  ] as const)("%j against %j: left out %s", (text, file, expected) => {
    expect(ignored(text, file)).toBe(expected);
  });

  it("names the rule and the line that left a file out", () => {
    const hit = matchIgnoreRules(rules("# chasers\n\nnotes*.txt\n*.docx"), "notes to self.txt");
    expect(hit).toMatchObject({ pattern: "notes*.txt", origin: ".foi-aggignore line 3" });
  });

  it("skips comments and blank lines", () => {
    expect(parseIgnoreRule("   ", "x")).toBeNull();
    expect(parseIgnoreRule("# a comment", "x")).toBeNull();
    expect(rules("# a\n\n*.txt\n!keep.txt")).toHaveLength(2);
  });
});
