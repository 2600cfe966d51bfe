# corpus: traceback
import numpy as np

def lstm_forward(x, h, c, Wx, Wh, b):
    A = np.dot(x, Wx) + np.dot(h, Wh) + b
    H = h.shape[1]
    f = A[:, :H]
    return f

N, D, H = 2, 3, 4
x = np.ones((N, D))
h = np.zeros((N, H))
c = np.zeros((N, H))
Wx = np.ones((D, 4 * H))
Wh = np.ones((4 * H, H))
b = np.zeros(4 * H)
print(lstm_forward(x, h, c, Wx, Wh, b))
