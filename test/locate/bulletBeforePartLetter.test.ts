import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_DIR } from "../../src/knowledge/files.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { dropBulletsBeforeMarkers } from "../../src/locate/bulletBeforeMarker.js";
import { readLetterFacts } from "../support/readLetterFacts.js";

// Lincolnshire's shape (round 135): a letter's answers set as a bulleted
// list whose items are the question's lettered parts ("• a. Identified as
// trafficked: 5"). The bullet is the word processor's list mark; the letter
// after it is the part. Read with the bullet in front, "a." looked like an
// answer marker after a label "•" (the figure was left unread), and "b." and
// "c." lost the question above them, so the UASC figures of questions 2 and 3
// were taken for question 1's.
const k = loadKnowledge({ request: join(KNOWLEDGE_DIR, "request-still-in-harms-way-2017.json") });

describe("a bullet before a lettered part is the list's mark, not a label", () => {
  const stem = "1. The total number of looked after children in the care of your authority that hav…";
  const lettered = [
    stem,
    "",
    "a. Identified as trafficked: 5",
    "b. Suspected: 3",
    "c. UASC or separated child: 38",
    "",
    "2. Looked after children who went missing or absent:",
    "",
    "a. Identified or suspected as trafficked: 2",
    "b. UASC or separated child: 6",
    "",
    "3. Individual incidents:",
    "",
    "a. Trafficked: 3",
    "b. UASC: 27",
  ];
  const expected = [
    "trafficked_identified  reported 5",
    "trafficked_missing_incidents  reported 3",
    "trafficked_suspected  reported 3",
    "trafficked_went_missing  reported 2",
    "uasc_looked_after  reported 38",
    "uasc_missing_incidents  reported 27",
    "uasc_went_missing  reported 6",
  ];
  it.each([
    ["no bullet", ""],
    ["a round bullet", "• "],
    ["a dash", "– "],
    ["a middle dot", "· "],
    ["a square bullet", "▪ "],
  ])("%s", async (_name, bullet) => {
    const lines = lettered.map((l) => (/^[a-h]\. /u.test(l) ? `${bullet}${l}` : l));
    expect(await readLetterFacts(k, lines)).toEqual(expected);
  });

  it.each([
    ["• a. Identified as trafficked: 5", "a. Identified as trafficked: 5"],
    ["•\ta) Suspected: 3", "a) Suspected: 3"],
    ["- (b) UASC: 27", "(b) UASC: 27"],
    ["• 2a. Trafficked: 2", "2a. Trafficked: 2"],
    ["• (ii) UASC: 4", "(ii) UASC: 4"],
    // A bullet before words, or before a figure, is left as written.
    ["• Identified as trafficked: 5", "• Identified as trafficked: 5"],
    ["• 5 were identified", "• 5 were identified"],
    ["- 2 children", "- 2 children"],
    // "a" as a word, not a part's letter.
    ["• a child was found", "• a child was found"],
  ])("%s", (text, want) => {
    const sheet = { name: "reply.txt", rows: [[text]], merges: [] };
    expect(dropBulletsBeforeMarkers(sheet, "txt").sheet.rows[0]?.[0]).toBe(want);
  });
});
