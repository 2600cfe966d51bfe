import numpy as np
a = np.zeros((1, 3, 1))
print(a.squeeze().shape, np.squeeze(a, axis=0).shape, a.squeeze(axis=2).shape)
b = np.array([1, 2, 3])
print(np.expand_dims(b, 0).shape, np.expand_dims(b, 1).shape, np.expand_dims(b, -1), np.expand_dims(b, (0, 2)).shape)
print(b[np.newaxis, :].shape, b[:, np.newaxis].shape, b[None].shape, b[:, None, None].shape, np.newaxis is None)
try:
    a.squeeze(axis=1)
except ValueError as e:
    print("ValueError:", e)
print(np.atleast_2d(b).shape, np.atleast_1d(5), np.array([[5]]).squeeze(), np.array([[5]]).squeeze().shape)
