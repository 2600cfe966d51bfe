import math
import numpy as np

probs = np.array([
    [0.1, 0.6, 0.2, 0.1],
    [0.25, 0.25, 0.25, 0.25],
    [0.7, 0.1, 0.1, 0.1],
    [0.05, 0.05, 0.05, 0.85],
])
targets = np.array([1, 2, 0, 3])
picked = probs[np.arange(len(targets)), targets]
print(picked)
ce = -np.mean(np.log(picked))
print(f"cross entropy: {ce:.6f}")
print(f"perplexity:    {np.exp(ce):.6f}")
print("perplexity (math):", math.exp(ce))
ppl_per_token = 1 / picked
print(ppl_per_token)
print(np.prod(ppl_per_token) ** (1 / len(picked)))
uniform = np.full(4, 0.25)
print("uniform ppl", np.exp(-np.log(uniform).mean()))
scores = {"model_a": 12.3456, "model_b": 9.87, "model_c": 101.5}
for name, ppl in sorted(scores.items(), key=lambda kv: kv[1]):
    print(f"{name:>10} | {ppl:>9.2f} | {'*' * int(math.log2(ppl))}")
