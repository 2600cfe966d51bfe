# corpus: traceback
import numpy as np

probs = np.array([0.2, 0.5, 0.3])
vocab = ["a", "b", "c"]
best = np.argmax(probs)
print(vocab[best])
center = len(vocab) / 2
print(vocab[center])
