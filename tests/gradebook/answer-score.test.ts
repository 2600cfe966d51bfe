// The scoring forms' percentage parsing (what is sent as the 0..1 score, and what is refused in the browser).
import { describe, expect, it } from "vitest";
import { percentToFraction } from "../../lib/gradebook/answer-score";

describe("percentToFraction", () => {
  it.each([
    ["80", 0.8],
    ["0", 0],
    ["100", 1],
    [" 12.5 ", 0.125],
  ])("%j → %d", (text, fraction) => {
    expect(percentToFraction(text)).toBeCloseTo(fraction, 12);
  });
  it.each([[""], ["  "], ["-1"], ["100.1"], ["abc"], ["NaN"], ["Infinity"]])("%j is refused", (text) => {
    expect(percentToFraction(text)).toBeNull();
  });
});
