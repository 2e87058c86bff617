import { describe, expect, it } from "vitest";
import { knowledgeForSender } from "../../src/knowledge/index.js";
import { listIn } from "../../src/locate/listNationalities.js";
import { createLocateEnv } from "../../src/locate/sheetGrid.js";
import { knowledge } from "../support/knowledge.js";

const env = createLocateEnv("reply.docx", "docx", knowledge());

describe("a sentence's nationality list: the opening and each item", () => {
  it.each([
    // "were both X": two children of one nationality, no figure written.
    [
      "The two trafficked young people who went missing were both Albanian.",
      "The two trafficked young people who went missing",
      ["Albanian 2"],
    ],
    ["UASC who went missing are both Eritrean", "UASC who went missing", ["Eritrean 2"]],
    ["The children were both Nigerian nationals", "The children", ["Nigerian nationals 2"]],
    // Not a nationality after "both": no item.
    ["Both children were found and returned home.", "Both children were found", []],
    ["The figures were both nil", "The figures were both nil", []],
    // No count beside any nationality: one child, or as many nationalities as children.
    ["The UASC who went missing was an Eritrean boy", "", []],
    ["The trafficked child who went missing was Albanian.", "The trafficked child who went missing", ["Albanian 1"]],
    [
      "The three unaccompanied young people were Afghan, Iraqi and Sudanese.",
      "The three unaccompanied young people",
      ["Afghan 1", "Iraqi 1", "Sudanese 1"],
    ],
    ["These 2 children are Syrian and Iranian", "These 2 children", ["Syrian 1", "Iranian 1"]],
    // "one of each" closing the names only repeats that each child is one of them.
    [
      "The two trafficked children who went missing were Vietnamese and Albanian, one of each.",
      "The two trafficked children who went missing",
      ["Vietnamese 1", "Albanian 1"],
    ],
    // (A closing bracket joins the opening, where the group is looked for.)
    ["The 3 UASC were Afghan, Iraqi and Syrian (one each)", "one each The 3 UASC", ["Afghan 1", "Iraqi 1", "Syrian 1"]],
    // With no number of children written, "one each" alone makes each name one child; "from" names countries (round 74).
    [
      "The young people who went missing were from Afghanistan and Eritrea (one each).",
      "one each The young people who went missing",
      ["Afghanistan 1", "Eritrea 1"],
    ],
    // The children's gender said first, the names wrapped in "of … nationality", "(one child each)" closing.
    [
      "The 3 unaccompanied children who went missing were all male, of Vietnamese, Kuwaiti and Ethiopian nationality (one child each).",
      "one child each The 3 unaccompanied children who went missing",
      ["Vietnamese 1", "Kuwaiti 1", "Ethiopian 1"],
    ],
    [
      "The two trafficked young people were female, of Albanian and Vietnamese nationality.",
      "The two trafficked young people",
      ["Albanian 1", "Vietnamese 1"],
    ],
    // Still as many names as children.
    ["The three young people were all male, of Afghan and Iraqi nationality.", "", []],
    ["The young people who went missing were Afghan and Eritrean.", "", []],
    // Still as many names as children: two names for three children is no list.
    ["The three young people were Afghan and Iraqi, one of each.", "", []],
    // Fewer nationalities than children, or words that are not nationalities: no list.
    ["The three young people were Afghan and Iraqi.", "", []],
    ["The two young people were found and returned home.", "", []],
    ["The young person who went missing was found safe.", "", []],
    // "Both … were X": "both" before the children.
    [
      "Both unaccompanied children who went missing were Eritrean nationals.",
      "Both unaccompanied children who went missing",
      ["Eritrean nationals 2"],
    ],
    ["Both were found safe.", "", []],
    // A ranking of nationalities is no list of children, one each.
    ["The two most common nationalities were Afghan and Eritrean.", "", []],
    ["The most common nationality of a child who went missing was Albanian.", "", []],
    ["The two nationalities were Afghan and Eritrean.", "", []],
    // A long sentence is no such list (and never reaches the patterns that would take cubic time over it).
    [`The trafficked child ${"who was moved again ".repeat(12)}was Albanian.`, "", []],
    // One child named by its group, or in the present tense.
    ["The UASC reported missing was Syrian.", "The UASC reported missing", ["Syrian 1"]],
    ["The trafficked young man is Albanian", "The trafficked young man", ["Albanian 1"]],
    // The question's words for one child, a colon, then its nationality (round 33, Merthyr Tydfil).
    [
      "i) Nationality of the child who went missing: Afghan",
      "i) Nationality of the child who went missing",
      ["Afghan 1"],
    ],
    [
      "Nationality of the young person reported missing: Eritrean.",
      "Nationality of the young person reported missing",
      ["Eritrean 1"],
    ],
    // Not one child: "each child", "the UASC" (may be several), or no nationality after the colon.
    ["Nationality of each child who went missing: Afghan", "", []],
    ["Nationality of the UASC who went missing: Afghan", "", []],
    ["Nationality of the child who went missing: see answer 6", "", []],
    // The other shapes are unchanged.
    [
      "Of the 6 who went missing, 3 were Afghan and 3 were Syrian",
      "Of the 6 who went missing",
      ["Afghan 3", "Syrian 3"],
    ],
    // "… of X (n) and Y (n) nationality": the closing word is the list's, not an item's.
    [
      "The trafficked young people who went missing were of Vietnamese (3) and Chinese (1) nationality.",
      "The trafficked young people who went missing were of",
      ["Vietnamese 3", "Chinese 1"],
    ],
    ["Afghan 2 nationals, Eritrean 1 national", "", ["Afghan 2", "Eritrean 1"]],
    // A people with its state in brackets closing the list is the last item, not a remark on the list (round 86).
    [
      "Of the trafficked children who went missing, 2 Afghan and 4 Kurdish (Iraq).",
      "Of the trafficked children who went missing",
      ["Afghan 2", "Kurdish (Iraq) 4"],
    ],
    // Only those words: a count followed by other words is no item.
    ["Afghan 2 children were placed", "", []],
    // Every child of the group, of one nationality: the count is the group's, from the file's figures.
    [
      "The unaccompanied young people who went missing were all Afghan nationals.",
      "The unaccompanied young people who went missing",
      ["Afghan nationals all"],
    ],
    ["All of them were Albanian.", "All of them", ["Albanian all"]],
    // One number in the opening: that many.
    ["All three were Afghan.", "All three", ["Afghan 3"]],
    ["All 4 UASC who went missing were Eritrean", "All 4 UASC who went missing", ["Eritrean 4"]],
    // The count stands straight after "all" or "the"; a number elsewhere is no count of children.
    ["The 3 UASC who went missing were all Afghan.", "The 3 UASC who went missing", ["Afghan 3"]],
    ["All of the three were Eritrean", "All of the three", ["Eritrean 3"]],
    ["UASC who went missing in the last 12 months were all Afghan", "", []],
    ["All UASC who went missing for over 24 hours were Albanian", "", []],
    ["All UASC aged 16 were Afghan", "", []],
    ["All UASC who went missing from 1 April were Afghan", "", []],
    // A count of the children looked after is not of those who went missing; all of them were of it too.
    [
      "All 12 UASC we looked after during the period were Afghan.",
      "All 12 UASC we looked after during the period",
      ["Afghan all"],
    ],
    ["The 12 UASC in our care were all Afghan", "The 12 UASC in our care", ["Afghan all"]],
    // A year is no count: every child of the group.
    ["The UASC who went missing in 2014/15 were all Afghan", "The UASC who went missing in 2014/15", ["Afghan all"]],
    // "The" and a count open the sentence: every one of them, with no "all".
    [
      "The three trafficked children who went missing were British nationals.",
      "The three trafficked children who went missing",
      ["British nationals 3"],
    ],
    ["The 2 UASC who went missing were Eritrean", "The 2 UASC who went missing", ["Eritrean 2"]],
    // Without the count written, an opening naming one group's children who went missing: all of them.
    [
      "The trafficked children who went missing were British.",
      "The trafficked children who went missing",
      ["British all"],
    ],
    // Without the count, an opening naming anything narrower or nothing at all; or a second nationality: no such item.
    ["The trafficked children who remain missing were British.", "", []],
    ["The children were British nationals.", "", []],
    ["The two young people were Kuwaiti and Sudanese, respectively", "", []],
    // Two numbers, words that are no nationality, or a ranking: no such item.
    ["All 4 of the 6 were Afghan.", "", []],
    ["All but one were Afghan.", "", []],
    ["The UASC who went missing were all but two Eritrean", "", []],
    ["The children were all found safe.", "", []],
    // An exception after the nationality leaves someone out, as one before it does.
    ["The UASC who went missing were all Afghan apart from one.", "", []],
    ["The UASC who went missing were all Afghan except one", "", []],
    ["The UASC who went missing were all Afghan bar one", "", []],
    ["The UASC who went missing were all Afghan with one exception.", "", []],
    ["All the UASC were Afghan other than two", "", []],
    // Words for the children after the nationality are no exception.
    ["The UASC who went missing were all Afghan young people.", "The UASC who went missing", ["Afghan all"]],
    ["The most common nationalities were all Afghan", "", []],
    // An opening and a colon, then counts first: the first item is after the colon.
    ["UASC who went missing: 3 Sudanese, 2 Iraqi", "UASC who went missing:", ["Sudanese 3", "Iraqi 2"]],
    ["Q7 nationalities: 4 Eritrean and 1 Syrian.", "Q7 nationalities:", ["Eritrean 4", "Syrian 1"]],
    // After the colon no nationality: no item taken from the opening's number.
    ["Question 9: 2 weeks", "", []],
    // A sentence that ends a clause with a semicolon keeps its one-each and "both" shapes.
    ["Of the unaccompanied children, both were Iranian;", "Of the unaccompanied children, both", ["Iranian 2"]],
    ["The trafficked boy who went missing was Nigerian;", "The trafficked boy who went missing", ["Nigerian 1"]],
    [
      "The three young people were Kuwaiti, Sudanese and Afghan;",
      "The three young people",
      ["Kuwaiti 1", "Sudanese 1", "Afghan 1"],
    ],
    // A year heads its list as a colon would (round 168, Stoke-on-Trent), the counts in words.
    [
      "Trafficked children who went missing: 2018 one British child (female)",
      "Trafficked children who went missing: 2018",
      ["British one"],
    ],
    ["2019 one Albanian and one Vietnamese child (both male)", "2019", ["Albanian one", "Vietnamese one"]],
    ["In 2020 two Eritrean young people", "In 2020", ["Eritrean two"]],
    // After the year, more than the children's nationality: not a list item.
    ["In 2018 two Afghan children were looked after", "", []],
    ["2019 one Albanian boy went missing twice", "", []],
    // A year that is part of a span or a date heads nothing.
    ["2018/2019 one Albanian child", "", []],
    ["2018-19 one Albanian child", "", []],
    ["2020 none.", "", []],
  ])("%j", (sentence, intro, items) => {
    const found = listIn(sentence, env);
    expect(found.items.map((i) => `${i.raw} ${i.count}`)).toEqual(items);
    if (items.length > 0) expect(found.intro.trim().replace(/,$/u, "")).toBe(intro);
  });
});

describe("a sentence's list is read once per run", () => {
  const sentence = "UASC: Afghan 11, Vietnamese 7, Eritrean 5";

  it("gives a sender the round's reading, and each caller its own copy", () => {
    const first = listIn(sentence, env);
    first.items[0] = { raw: "Changed", count: "99" };
    first.items[1] && Object.assign(first.items[1], { count: "0" });
    const sender = createLocateEnv("reply.docx", "docx", knowledgeForSender(knowledge(), "Kent"));
    for (const again of [listIn(sentence, env), listIn(sentence, sender)]) {
      expect(again.items.map((i) => `${i.raw} ${i.count}`)).toEqual(["Afghan 11", "Vietnamese 7", "Eritrean 5"]);
    }
  });
});
