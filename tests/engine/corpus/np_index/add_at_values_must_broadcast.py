import numpy as np
for vals in [np.ones((2, 2)), np.ones((3,)), np.ones((1,)), np.ones((1, 2)), np.ones((2, 1)), np.float64(2), np.ones(2)]:
    a = np.zeros(3)
    try:
        np.add.at(a, [0, 1], vals)
        print(a)
    except ValueError as e:
        print("ValueError:", e)
g = np.zeros((3, 2))
for vals in [np.ones((2, 1)), np.ones((2,)), np.ones((1, 2, 2)), np.ones((3,))]:
    try:
        np.add.at(g, [0, 2], vals); print(g.tolist())
    except ValueError as e:
        print("ValueError:", e)
