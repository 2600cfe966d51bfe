# corpus: traceback
# a training loop that adds to a global without `global`: CPython 3.11 underlines the target of the +=
import numpy as np

total_loss = 0.0


def train(losses):
    for loss in losses:
        total_loss += loss
    return total_loss


print(train(np.array([0.5, 0.25])))
