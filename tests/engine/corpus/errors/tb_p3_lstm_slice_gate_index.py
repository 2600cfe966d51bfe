# corpus: traceback
import numpy as np

H = 3
A = np.zeros((2, 4 * H))
gates = {name: A[:, i * H:(i + 1) * H] for i, name in enumerate("fgio")}
print({k: v.shape for k, v in gates.items()})
print(gates["c"])
