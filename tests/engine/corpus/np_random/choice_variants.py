import numpy as np
np.random.seed(31)
print(np.random.choice(10, 5, replace=False, p=[0.05] * 10 + [] if False else None))
print(np.random.choice(5, 3, replace=False, p=[0.1, 0.2, 0.3, 0.2, 0.2]))
print(np.random.choice([0.5, 1.5], size=(2, 3)))
print(np.random.choice(np.array([[1, 2], [3, 4], [5, 6]]).shape[0], 2))
words = ["you", "say", "goodbye", "and", "i", "hello", "."]
p = np.array([0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1])
print([words[i] for i in np.random.choice(len(words), 5, p=p)])
print([words[i] for i in np.random.choice(len(words), 3, replace=False)])
