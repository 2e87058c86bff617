import { describe, expect, it } from "vitest";
import { classifyFile } from "../../src/discover/classifyFile.js";

describe("classifyFile", () => {
  it.each([
    [".DS_Store", "macOS folder view settings (.DS_Store)"],
    ["2015/.DS_Store", "macOS folder view settings (.DS_Store)"],
    ["._Surrey.xlsx", "macOS file metadata copy (._ file)"],
    ["__MACOSX/2015/Surrey.xlsx", "macOS zip-archive metadata (__MACOSX folder)"],
    ["Thumbs.db", "Windows thumbnail cache (Thumbs.db)"],
    ["thumbs.DB", "Windows thumbnail cache (Thumbs.db)"],
    ["desktop.ini", "Windows folder settings (desktop.ini)"],
    ["Desktop.ini", "Windows folder settings (desktop.ini)"],
    ["~$Surrey FOI.xlsx", "Office lock file, left while the document was open (~$ file)"],
    ["replies/~$tter.docx", "Office lock file, left while the document was open (~$ file)"],
    [".~lock.Surrey FOI.xlsx#", "LibreOffice lock file, left while the document was open (.~lock file)"],
    [".gitignore", "hidden file (its name starts with a dot)"],
    [".git/config", "inside a hidden folder"],
  ])("%s is skipped: %s", (file, reason) => {
    expect(classifyFile(file)).toEqual({ skip: true, reason });
  });

  it.each([
    "Surrey CC FOI response.csv",
    "2015/Lambeth.xlsx",
    "Ynys Môn.txt",
    "~Kent.xlsx",
    "Kent~$.xlsx",
    "Kent.ds_store.csv",
    "thumbs.db.csv",
    "replies.2015/Kent.xlsx",
  ])("%s is a possible return", (file) => {
    expect(classifyFile(file)).toEqual({ skip: false });
  });
});
