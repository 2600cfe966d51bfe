// Runtime frame and function code objects.
import type { Cell, PyFunction } from "./objects/core";

export const BREAK = 1,
  CONTINUE = 2,
  RETURN = 3;

export class Frame {
  line = 0;
  ret: any = null;
  ns: Map<string, any> | null = null;
  constructor(
    public l: any[],
    public c: Cell[] | null,
    public fn: PyFunction | null,
  ) {}
}

export type E = (f: Frame) => any;
export type S = (f: Frame) => number | undefined;

export interface FuncCode {
  name: string;
  qualname: string;
  filename: string;
  /** the line a frame is on before its body sets one (a limit checked on entry names it, not line 0) */
  firstLine: number;
  nlocals: number;
  nargs: number; // positional params
  posonly: number;
  argnames: string[];
  kwonly: string[];
  varargSlot: number;
  kwargSlot: number;
  cellSlots: number[];
  simple: boolean; // no *args/**kwargs/kwonly
  isGenerator: boolean;
  body: S;
  /** a generator function's body in gen mode (compiler/generators.ts); null for other functions */
  genBody: ((f: Frame) => Generator<any, number | undefined, any>) | null;
  slotOf: Map<string, number>;
  doc: string | null;
  call: (fn: PyFunction, args: any[], kw: Map<string, any> | null) => any;
}
