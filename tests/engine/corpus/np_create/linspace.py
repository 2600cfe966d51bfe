import numpy as np
print(np.linspace(0, 1, 5), np.linspace(0, 1, 5, endpoint=False), np.linspace(-1, 1, 3))
print(np.linspace(0, 10, 4), np.linspace(1, 2, 1), np.linspace(0, 1, 2).dtype, np.linspace(0, 1, 11))
x = np.linspace(-np.pi, np.pi, 7)
print(x, np.sin(x))
print(np.linspace(0, 1, 0), np.linspace(2, 3, 5)[2], np.linspace(0, 100, 50)[:3])
print(np.linspace(0, 1, 3, dtype=int), np.linspace(0, 9, 4, dtype=int))
