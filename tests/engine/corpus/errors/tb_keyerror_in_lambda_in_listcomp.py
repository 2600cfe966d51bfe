# corpus: traceback
import numpy as np
layers = {"fc1": np.ones((2, 3)), "fc2": np.ones((3, 2))}
norms = {k: float(np.linalg.norm(v)) for k, v in layers.items()}
print(norms)
scale = lambda name: layers[name].sum() / layers[name].size
print([scale(n) for n in ["fc1", "fc2", "fc3"]])
