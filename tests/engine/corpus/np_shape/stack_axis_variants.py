import numpy as np
hs = [np.full((2, 3), t, dtype=float) for t in range(4)]
print(np.stack(hs).shape, np.stack(hs, axis=1).shape, np.stack(hs, axis=2).shape)
print(np.stack(hs, axis=1)[0])
print(np.concatenate(hs, axis=1))
print(np.hstack(hs).shape, np.vstack(hs).shape)
xs = np.arange(12).reshape(2, 6)
print(np.split(xs, 3, axis=1)[1], np.hsplit(xs, [1, 4])[1])
