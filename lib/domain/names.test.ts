import { describe, expect, it } from "vitest";
import { bannerName, proseName } from "./names";

describe("names", () => {
  const person = { givenName: "Kwame", familyName: "O'Connor" };

  it("puts the family name first, in capitals, for banners and lists", () => {
    expect(bannerName(person)).toBe("O'CONNOR, Kwame");
  });

  it("keeps the natural order in sentences", () => {
    expect(proseName(person)).toBe("Kwame O'Connor");
  });
});
