// Loads the code-blank session factory (lib/grading/engine-adapter → engine/) on first use, and installs the Node
// memory probe so that code blanks run on the server are bounded in live bytes too.
// The specifier is deliberately not a literal: the bundler still includes lib/grading/*, but the web app's
// type check (tsconfig.next.json, run by `next build`) does not pull the whole interpreter into its program.
import type { SessionFactory } from "@/lib/grading/code-blank";

let factory: Promise<SessionFactory> | null = null;

export function loadGradingSessionFactory(): Promise<SessionFactory> {
  const name = "engine-adapter";
  const host = "install-memory-probe";
  factory ??= Promise.all([import(`../grading/${name}`), import(`../engine-host/${host}`)]).then(
    ([m, probe]: [{ createGradingSession: SessionFactory }, { installNodeMemoryProbe: () => void }]) => {
      probe.installNodeMemoryProbe();
      return m.createGradingSession;
    },
  );
  return factory;
}
