import numpy as np
out = np.zeros(4)
y = np.array([[0.7], [0.2]])
print("before")
out[0] = np.round(y[:, 0])
print("after (unreachable)")
