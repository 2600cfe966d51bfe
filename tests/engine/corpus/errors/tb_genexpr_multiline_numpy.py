# corpus: traceback
import numpy as np

rows = [[1, 2], [3]]
m = np.array(list(
    sum(r) / len(r[1:])
    for r in rows
))
