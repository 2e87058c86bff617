import { describe, expect, it } from "vitest";
import { detectDelimiter } from "../../src/read/detectDelimiter.js";

describe("detectDelimiter", () => {
  it.each([
    { name: "plain comma csv", text: "Measure,2014-15\nUASC looked after,45\nUASC missing,7\n", delimiter: "," },
    {
      name: "semicolon csv (European Excel)",
      text: "Measure;Count\nUASC looked after;45\nUASC missing;7\n",
      delimiter: ";",
    },
    {
      name: "tab-separated (Excel 'Text (Tab delimited)')",
      text: "Measure\tCount\nUASC looked after\t45\nUASC missing\t7\n",
      delimiter: "\t",
    },
    { name: "pipe-separated export", text: "Measure|Count\nUASC|45\nTrafficked|3\n", delimiter: "|" },
    {
      name: "commas inside quoted labels do not outvote semicolons",
      text: '"Children, looked after";Count\n"Trafficked, identified";3\n"Trafficked, suspected";2\n',
      delimiter: ";",
    },
    {
      // Counting the quoted separators would give semicolons 3 consistent lines and commas only 2.
      name: "quoted semicolons and commas are both ignored",
      text: '"Group; measure","Count, total"\n"UASC; looked after",45\n"UASC; missing",7\n',
      delimiter: ",",
    },
    {
      name: "semicolons inside quoted text do not outvote commas",
      text: 'Question,Answer\n"Q1; looked after",5\n"Q2; missing",2\n"Q3; not found",0\n',
      delimiter: ",",
    },
    {
      name: "title rows with prose commas above a semicolon table",
      text: "Freedom of Information request, Surrey County Council\n\nMeasure;Count\nA;1\nB;2\nC;3\n",
      delimiter: ";",
    },
    {
      name: "Excel export padding every row with commas",
      text: "FOI response,,,\n,,,\nGroup,Looked after,Missing,Not found\nUASC,45,7,1\nTrafficked,3,1,0\n",
      delimiter: ",",
    },
    {
      name: "semicolon table with decimal commas in every row",
      text: "Measure;Rate\nA;1,5\nB;2,5\n",
      delimiter: ";",
    },
    {
      name: "quoted field spanning two lines",
      text: 'Label,Value\n"Looked after\n(2014-15)",45\nMissing,7\n',
      delimiter: ",",
    },
    // Without the hint the three semicolon lines would win.
    { name: "Excel sep= hint overrides the heuristic", text: "sep=,\na;b\nc;d\ne;f\n", delimiter: "," },
    {
      name: "single column falls back to comma",
      text: "Dear Sir\n\nWe do not hold this information\n",
      delimiter: ",",
    },
  ])("$name", ({ text, delimiter }) => {
    expect(detectDelimiter(text).delimiter).toBe(delimiter);
  });

  it("gives its reason in words", () => {
    expect(detectDelimiter("a;b\nc;d\n").reason).toBe("2 of the first lines split into 2 fields on semicolons");
  });
});
