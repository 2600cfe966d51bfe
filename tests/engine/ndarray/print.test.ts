import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as np from "../../../engine/ndarray/index";
import { fromSpec, decodeVal } from "./helpers";

const ref = JSON.parse(readFileSync(join(__dirname, "ref_print.json"), "utf8"));

describe("array printing matches NumPy 2.x", () => {
  ref.print.forEach((c: any, i: number) => {
    it(`case ${i}: ${c.repr.slice(0, 50).replace(/\n/g, " ")}`, () => {
      const a = fromSpec(c.a);
      expect(np.arrayRepr(a)).toBe(c.repr);
      expect(np.arrayStr(a)).toBe(c.str);
    });
  });
});

describe("scalar printing matches NumPy 2.x", () => {
  ref.scalars.forEach((c: any) => {
    it(c.repr, () => {
      let v = decodeVal(c.value);
      if (typeof v === "boolean") v = v ? 1 : 0;
      const s = new np.NPScalar(c.dtype, v);
      expect(np.scalarRepr(s)).toBe(c.repr);
      expect(np.scalarStr(s)).toBe(c.str);
    });
  });
});
