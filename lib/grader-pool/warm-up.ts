// A new grader process grades a small course-like exercise before it says it is ready. Its first real grading
// otherwise runs on cold (not yet optimised) engine code: measured 2–6× slower than the same grading warm (96 vs
// 15 ms), which on a busy machine pushed quick gradings past slowAfterMs — reniced behind the bombs that had made
// the pool start the process. The warm-up spends that CPU while the process is still starting, off anyone's path.
import { gradeTests, type GradableVersion } from "./grade-task";

const SETUP = `import numpy as np
rng = np.random.default_rng(SEED)
x = rng.standard_normal((4, 3))
W = rng.standard_normal((3, 5)) * 0.1
b = np.zeros(5)
`;

/** An RNN/LSTM-style step with the operations the course's exercises lean on most. */
const SOLUTION = `def sigmoid(z):
    return 1 / (1 + np.exp(-z))

h = np.tanh(x.dot(W) + b)
g = sigmoid(x @ W)
c = np.concatenate([h, g], axis=1)
dh = (1 - h ** 2) * c[:, :5]
norm = np.sqrt(np.sum(dh ** 2))
clipped = dh * min(1.0, 0.5 / norm) if norm > 0 else dh
total = 0.0
for t in range(3):
    total += float(np.mean(clipped[t]))
p = np.exp(c - c.max(axis=1, keepdims=True))
p /= p.sum(axis=1, keepdims=True)
`;

const VERSION: GradableVersion = {
  id: "grader-warm-up",
  content: {
    setup: SETUP,
    limits: { timeMs: 5000, memoryMb: 64, outputKb: 16 },
    publicTests: [{ name: "warm-0", seed: 0, compare: ["clipped", "total", "p"] }],
    hiddenTestCount: 1,
  },
  secret: {
    solution: SOLUTION,
    hiddenTests: [{ name: "warm-1", seed: 1, compare: ["clipped", "total", "p"] }],
    rtol: 1e-7,
    atol: 1e-9,
  },
};

/** Grades the warm-up exercise `rounds` times; true when every test passed (the engine works in this process). */
export function warmUp(rounds = 3): boolean {
  let ok = true;
  for (let i = 0; i < rounds; i++) for (const o of gradeTests(VERSION, SOLUTION, ["warm-0", "warm-1"])) ok &&= o.passed;
  return ok;
}
