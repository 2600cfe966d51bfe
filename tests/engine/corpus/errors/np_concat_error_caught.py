import numpy as np
try:
    np.concatenate([np.ones((2, 2)), np.ones((2, 3))])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.concatenate([np.ones(2), np.ones((2, 2))])
except Exception as e:
    print(type(e).__name__, e)
try:
    np.ones((2, 3)).reshape(4, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.zeros((2, 2)).sum(axis=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    np.array([1, 2]).transpose(1, 0)
except Exception as e:
    print(type(e).__name__, e)
