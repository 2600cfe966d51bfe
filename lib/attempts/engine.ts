// Loads the code-blank session factory (lib/grading/engine-adapter → engine/) on first use.
// The specifier is deliberately not a literal: the bundler still includes lib/grading/*, but the web app's
// type check (tsconfig.next.json, run by `next build`) does not pull the whole interpreter into its program.
import type { SessionFactory } from "@/lib/grading/code-blank";

let factory: Promise<SessionFactory> | null = null;

export function loadGradingSessionFactory(): Promise<SessionFactory> {
  const name = "engine-adapter";
  factory ??= import(`../grading/${name}`).then((m: { createGradingSession: SessionFactory }) => m.createGradingSession);
  return factory;
}
