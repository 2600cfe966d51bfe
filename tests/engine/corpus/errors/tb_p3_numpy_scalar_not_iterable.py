# corpus: traceback
import numpy as np

acc = np.mean(np.array([1, 0, 1]) == np.array([1, 1, 1]))
print(f"{acc:.3f}")
for a in acc:
    print(a)
