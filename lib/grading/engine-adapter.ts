/**
 * Binds the code-blank grader to the real in-process Python engine.
 * Kept separate from code-blank.ts so the grader itself stays engine-agnostic
 * (and unit-testable with a test double).
 */
import { Session } from "../../engine/index";
import type { SessionFactory, SessionLike } from "./code-blank";

/** Memory cap per grading session (setup + one filled template). */
export const GRADING_MAX_MEMORY_BYTES = 256 * 1024 * 1024;

export const createGradingSession: SessionFactory = (limits): SessionLike =>
  new Session({
    timeoutMs: limits.timeoutMs,
    ...(limits.maxSteps !== undefined ? { maxSteps: limits.maxSteps } : {}),
    maxMemoryBytes: GRADING_MAX_MEMORY_BYTES,
    maxOutputBytes: 64 * 1024,
  });
