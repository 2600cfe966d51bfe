// Statements timed by micro-engine.ts (and micro_numpy.py, which reads this file).
export const SETUP = `import numpy as np
z = np.zeros((16, 9)); W = np.random.randn(16, 16); Wi = np.random.randn(2, 16); Wo = np.random.randn(16,1)
X = np.array([1, 0]).reshape(1, -1)
v = np.random.randn(1, 16)
dd = np.array([1])
binary = np.unpackbits(np.array([range(256)], dtype=np.uint8).T, axis=1)
a_bin = binary[3]
def sigmoid(x):
    return 1 / (1 + np.exp(-x))
def f(x):
    return x`;
export const TESTS: [string, string][] = [
  ["pass", "pass"],
  ["i+1", "q = i + 1"],
  ["call f(i)", "q = f(i)"],
  ["z[:, 3]", "q = z[:, 3]"],
  ["z[:, 3].reshape(1,-1)", "q = z[:, 3].reshape(1, -1)"],
  ["np.dot(v, W)", "q = np.dot(v, W)"],
  ["np.dot(X, Wi)", "q = np.dot(X, Wi)"],
  ["v + v", "q = v + v"],
  ["1 + v", "q = 1 + v"],
  ["-v", "q = -v"],
  ["np.exp(v)", "q = np.exp(v)"],
  ["sigmoid(v)", "q = sigmoid(v)"],
  ["z[:, 3] = v", "z[:, 3] = v"],
  ["np.array([a_bin[-1], a_bin[-2]])", "q = np.array([a_bin[-1], a_bin[-2]])"],
  ["a_bin[-1]", "q = a_bin[-1]"],
  ["binary[3]", "q = binary[3]"],
  ["np.random.randint(128)", "q = np.random.randint(256 / 2)"],
  ["W.T", "q = W.T"],
  ["np.mean(np.square(v))", "q = np.mean(np.square(v))"],
  ["np.round(y).item()", "q = np.round(z[:1, 1]).item()"],
  ["W -= 0.1 * W", "W -= 0.1 * W"],
  ["dd - y (1,)-(1,)", "q = dd - z[:1, 1]"],
  ["np.dot(z[:,3].reshape(-1,1), v)", "q = np.dot(z[:, 3].reshape(-1, 1), v)"],
  ["np.zeros_like(a_bin)", "q = np.zeros_like(a_bin)"],
];
