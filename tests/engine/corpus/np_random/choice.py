import numpy as np
np.random.seed(0)
print(np.random.choice(5), np.random.choice(5, 3), np.random.choice(10, 4, replace=False))
print(np.random.choice([10, 20, 30], 5), np.random.choice(["a", "b", "c"], 4))
print(np.random.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]))
print(np.random.choice(3, 10, p=[0.0, 0.5, 0.5]))
print(np.random.choice(60000, 10), np.random.choice(60000, 10, replace=False))
print(np.random.choice(np.arange(5) * 1.5, size=(2, 2)))
print(np.random.choice(3, p=[0.2, 0.3, 0.5]), np.random.choice(5, 5, replace=False))
try:
    np.random.choice(3, 5, replace=False)
except ValueError as e:
    print("ValueError:", e)
try:
    np.random.choice(3, p=[0.5, 0.5, 0.5])
except ValueError as e:
    print("ValueError:", e)
