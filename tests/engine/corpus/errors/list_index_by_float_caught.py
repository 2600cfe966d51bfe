import numpy as np
items = [1, 2, 3]
for idx in [1.0, np.float64(1), "1", None]:
    try:
        print(items[idx])
    except TypeError as e:
        print("TypeError:", e)
print(items[np.int64(1)], items[True])
