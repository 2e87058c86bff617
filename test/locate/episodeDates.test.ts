import { describe, expect, it } from "vitest";
import { parseEpisodeDate } from "../../src/locate/episodeDates.js";

describe("parseEpisodeDate", () => {
  it.each([
    ["2015-03-12", "2015-03-12"],
    ["2015-03-12 14:30:00", "2015-03-12"],
    ["12/03/2015", "2015-03-12"],
    ["29/02/2016", "2016-02-29"],
    ["1/3/15", "2015-03-01"],
    ["12.03.2015", "2015-03-12"],
    ["12-03-2015", "2015-03-12"],
    ["12 March 2015", "2015-03-12"],
    ["1st Sept 2015", "2015-09-01"],
    ["3 Oct 14", "2014-10-03"],
    // Excel serial day numbers, as a date cell without a date format is read.
    ["41946", "2014-11-03"],
    ["42277", "2015-09-30"],
    ["42277.5", "2015-09-30"],
  ])("%s → %s", (text, iso) => {
    expect(parseEpisodeDate(text)).toBe(iso);
  });

  it.each([
    "",
    "still missing",
    "N/A",
    "32/01/2015",
    "31/09/2015",
    "29/02/2015",
    "12/13/2015",
    "March 2015",
    "unknown",
    "12345",
    "99999",
  ])("%s is not a date", (text) => {
    expect(parseEpisodeDate(text)).toBeNull();
  });
});
