export { summariseAreas } from "./summariseAreas.js";
export { summariseNationalities } from "./summariseNationalities.js";
