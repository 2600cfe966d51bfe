# copy.deepcopy of layers holding NumPy arrays keeps shared arrays and layers shared within the copy;
# a class's own __deepcopy__ / __copy__ are used.
import copy

import numpy as np


class Affine:
    def __init__(self, W, b):
        self.params = {"W": W, "b": b}
        self.cache = [W]


l1 = Affine(np.ones((2, 2)), np.zeros(2))
l2 = copy.deepcopy(l1)
l3 = copy.copy(l1)
l2.params["W"] += 1
print(l1.params["W"], l2.params["W"])
print(l2.cache[0] is l2.params["W"], l2.cache[0] is l1.params["W"], l3.params is l1.params)
l3.params["b"][0] = 5
print(l1.params["b"])


class Net:
    def __init__(self):
        self.layers = [Affine(np.eye(2), np.zeros(2)) for _ in range(2)]
        self.layers.append(self.layers[0])
        self.tied = (self.layers[0].params["W"], self.layers[0].params["W"])


n2 = copy.deepcopy(Net())
print(n2.layers[0] is n2.layers[2], n2.tied[0] is n2.tied[1], n2.tied[0] is n2.layers[0].params["W"])
print(type(n2).__name__, n2.layers[1].params["W"])


class Custom:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Custom(self.v * 2)

    def __copy__(self):
        print("custom copy")
        return Custom(-1)


print(copy.deepcopy([Custom(3)])[0].v, copy.copy(Custom(1)).v)
