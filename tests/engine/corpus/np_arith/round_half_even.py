import numpy as np
x = np.array([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49, 0.51])
print(np.round(x), np.around(x), x.round())
y = np.array([1.005, 2.675, 0.125, 0.375, 1.2345, -1.2355])
print(np.round(y, 2), np.round(y, 3))
print(np.round(np.array([1234.5, 1250, 1350, -1250]), -2), np.round(np.arange(5) * 17, -1))
print(np.round(2.5), repr(np.round(2.5)), repr(np.round(np.float64(3.567), 1)), np.round(7), repr(np.round(7)))
print(np.round(np.array([0.1234567891]), 5), np.round(np.array([1e-20, 123456.789]), 1))
