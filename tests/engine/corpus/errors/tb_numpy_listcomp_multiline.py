# corpus: traceback
import numpy as np


def forward(xs, W):
    return [
        np.dot(x, W)
        for x in xs
    ]


W = np.ones((3, 2))
print(forward([np.ones(3)], W))
forward([np.ones(3), np.ones(2)], W)
