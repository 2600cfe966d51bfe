# corpus: traceback
import numpy as np

class Sigmoid:
    def forward(self, x):
        self.out = 1 / (1 + np.exp(-x))
        return self.out

print(Sigmoid().forward(np.zeros(2)))
print(Sigmoid.forward(np.zeros(2)))
