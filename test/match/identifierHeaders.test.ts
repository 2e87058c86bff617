import { describe, expect, it } from "vitest";
import { matchLabel } from "../../src/match/matchLabel.js";
import { knowledge } from "../support/knowledge.js";

const vocab = knowledge().labels;

describe("'ID' as an identifier column, never 'identified'", () => {
  it.each(["PersonID", "ID", "Id", "Person ID", "Child ID", "EpisodeID", "CASE_ID", "Client Id", "UASC ID"])(
    "%s names no trafficked_identified group",
    (header) => {
      expect(matchLabel(header, vocab).groups).not.toContain("trafficked_identified");
    },
  );

  it.each(["TRF_ID", "Traff ID", "TRAFID", "CLA_TRAF_ID", "Trafficked ID"])(
    "%s, beside a trafficking word, still abbreviates 'identified'",
    (header) => {
      expect(matchLabel(header, vocab).groups).toContain("trafficked_identified");
    },
  );
});
