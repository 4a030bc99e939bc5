import { bridgetAhmed } from "./bridget-ahmed";
import { dorothyAhmed } from "./dorothy-ahmed";
import { fatimaAhmed } from "./fatima-ahmed";
import { fatimaMurphy } from "./fatima-murphy";
import type { DemoPersonPlan } from "./fit";
import { hannahOConnor } from "./hannah-oconnor";
import { haroldKowalski } from "./harold-kowalski";
import { joanOConnor } from "./joan-oconnor";
import { margaretOkafor } from "./margaret-okafor";
import { meiEvans } from "./mei-evans";
import { olgaOkafor } from "./olga-okafor";
import { priyaHaile } from "./priya-haile";
import { priyaMurphy } from "./priya-murphy";

export { luisChenWrightAboutMe } from "./luis-chen-wright";
export type { DemoPersonPlan } from "./fit";

/** Every demo patient's published plan, one file each, written for that person (age, sex, family, home). */
export const demoPersonPlans: DemoPersonPlan[] = [
  margaretOkafor,
  priyaMurphy,
  meiEvans,
  priyaHaile,
  fatimaMurphy,
  joanOConnor,
  bridgetAhmed,
  olgaOkafor,
  haroldKowalski,
  fatimaAhmed,
  dorothyAhmed,
  hannahOConnor,
];
