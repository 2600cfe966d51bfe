// Messages between the exercise page and its engine Web Worker (run.worker.ts).
import type { PlotSpec } from "@/engine/index";

export interface RunTestSpec {
  name: string;
  seed: number;
  compare: string[];
  calls: { fn: string; args: string }[];
  asserts: { expr: string; message: { en: string; ja: string } }[];
  stdout: boolean;
  rtol: number;
  atol: number;
  points: number;
  /** The reference's outputs for this test ({values, calls, stdout}), precomputed at content load. */
  expected: unknown;
}

export type WorkerRequest =
  | { type: "check"; id: number; source: string }
  | {
      type: "run";
      id: number;
      code: string;
      setup: string;
      tests: RunTestSpec[];
      timeMs: number;
      memoryMb: number;
      outputKb: number;
      rtol: number;
      atol: number;
    };

export interface SyntaxProblem {
  type: string;
  message: string;
  line: number;
  col: number;
}

export interface RunTestResult {
  name: string;
  /** null: no precomputed expectation, so only "ran without error" is known. */
  passed: boolean | null;
  points: number;
  maxPoints: number;
  durationMs: number;
  message: { en: string; ja: string };
  expected?: string;
  got?: string;
  error?: { type: string; message: string; line: number | null; inLearnerCode: boolean };
}

export interface RunReport {
  tests: RunTestResult[];
  /** Output and plots of the first public test's run. */
  stdout: string;
  plots: PlotSpec[];
  /** First error raised by the learner's code (line in the editor), if any. */
  error: { type: string; message: string; line: number | null; traceback: string } | null;
  durationMs: number;
}

export type WorkerResponse =
  | { type: "check"; id: number; problem: SyntaxProblem | null }
  | { type: "run"; id: number; report: RunReport }
  | { type: "crash"; id: number; message: string };
