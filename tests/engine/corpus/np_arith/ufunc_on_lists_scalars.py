import numpy as np
print(np.exp(1), np.exp([0, 1]), np.sqrt([4, 9]), np.maximum([1, 5], 3), np.add(1, 2), repr(np.add(1, 2)))
print(np.sum([[1, 2], [3, 4]]), np.mean((1, 2, 3)), np.abs(-3), repr(np.abs(-3.0)), np.sign(-2), np.floor(2.7))
print(type(np.exp(1)).__name__, type(np.sqrt(4)).__name__, type(np.add(1, 2)).__name__)
print(np.tanh(0.5), np.log(np.e), np.power(2, 10), repr(np.power(2, 10)), np.square(3), np.square(1.5))
