// The differential fuzzer's comparison (scripts/fuzz/differential.ts): the corpus's rules, and a float32 program that
// differs only within about two float32 ulps tagged as such (still a divergence, counted apart).
import { describe, expect, it } from "vitest";
import { divergence, FLOAT32_DIGITS } from "../../../scripts/fuzz/differential";

const recording = (stdout: string) => ({ stdout, exitCode: 0, error: null });

describe("fuzz divergence", () => {
  it("is null when the engine prints what python3 printed", () => {
    expect(divergence("import numpy as np\nprint(np.float32(0.1) * 3)\n", recording("0.3\n"))).toBeNull();
  });
  it("tags a float32 program's last-digit difference", () => {
    const why = divergence("import numpy as np\nprint(np.float32(0.1) * 3)\n", recording("0.30000004\n"));
    expect(why?.startsWith(FLOAT32_DIGITS)).toBe(true);
  });
  it("does not tag a program without float32, nor a larger difference", () => {
    expect(divergence("print(0.3)\n", recording("0.30000004\n"))?.startsWith("stdout")).toBe(true);
    expect(divergence("import numpy as np\nprint(np.float32(0.1) * 3)\n", recording("0.3001\n"))?.startsWith("stdout")).toBe(true);
  });
});
