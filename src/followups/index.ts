export {
  checkLetterTemplate,
  FOLLOWUP_CODES,
  type FollowupPoints,
  FollowupPointsSchema,
  fillPlaceholders,
  type LetterWording,
} from "./letterWording.js";
export { type LetterWordingPaths, loadLetterWording } from "./loadLetterWording.js";
export { type Letter, type LetterPoint, planFollowups } from "./planFollowups.js";
export { LETTERS_RECORD, type LettersOutcome, writeLetters } from "./writeLetters.js";
