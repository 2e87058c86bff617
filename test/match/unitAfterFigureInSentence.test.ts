import { describe, expect, it } from "vitest";
import { readUnitAfterFigure } from "../../src/match/countedUnit.js";
import { knowledge } from "../support/knowledge.js";

const units = knowledge().labels.countedUnits;

// "In 2022 we made 9 referrals to the National Referral Mechanism for looked
// after children", under question 1(a): the sentence's words name looked-after
// trafficked children, so the 9 was kept as their count with no warning,
// though the noun written with it says it counts referrals.
describe("the noun after a figure inside a sentence", () => {
  it.each<[string, string, string[] | null]>([
    ["9", "In 2022 we made 9 referrals to the National Referral Mechanism for looked after children.", ["episodes"]],
    ["14", "There were 14 missing episodes involving 5 unaccompanied children in 2022.", ["episodes"]],
    ["6", "Unaccompanied children went missing on 6 occasions in 2023.", ["episodes"]],
    ["23", "There were 23 placements of unaccompanied children in 2023.", ["episodes"]],
    // The children themselves, or a group's name: no unit, or the unit of children.
    ["5", "There were 14 missing episodes involving 5 unaccompanied children in 2022.", ["children"]],
    ["3", "In 2022, 3 UASC went missing.", null],
    ["12", "12 children were identified as trafficked in 2023.", ["children"]],
    // A unit of people a request may itself count (round 36's young carers): nothing certain in a sentence.
    ["167", "In 2022/23 we identified 167 young carers.", null],
    ["412", "412 special guardians are currently being financially supported.", null],
    // The question's number opening a row label, equal to the figure by chance (round 126).
    ["4", "4 Private fostering arrangements ended (children)", null],
    ["4", "Q4 Private fostering arrangements ended (children)", null],
    // Written twice, once as a count of children: nothing certain.
    ["4", "4 children went missing, on 4 occasions.", null],
    // Not written in the sentence at all (a table's row label).
    ["7", "UASC who went missing", null],
    // Written with its thousands comma, or with other digits around it: the figure as written is
    // looked for first, so these must still be read (or not) by the words after it.
    ["1,234", "In 2022 we made 1,234 referrals to the National Referral Mechanism.", ["episodes"]],
    ["14", "There were 214 missing episodes and 14 missing episodes in 2022.", ["episodes"]],
    ["14", "There were 214 missing episodes in 2022.", null],
  ])("%s in %j counts %j", (raw, sentence, said) => {
    expect(readUnitAfterFigure(raw, sentence, units)?.said ?? null).toEqual(said);
  });
});
