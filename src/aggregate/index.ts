export { summariseAreas, summarisePeriods } from "./summariseAreas.js";
export { summariseNationalities } from "./summariseNationalities.js";
