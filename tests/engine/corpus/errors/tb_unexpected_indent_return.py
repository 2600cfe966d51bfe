# corpus: traceback
import numpy as np
def forward(x):
    h = np.tanh(x)
      return h
print(forward(1.0))
