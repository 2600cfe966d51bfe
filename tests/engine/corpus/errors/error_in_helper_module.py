import numpy as np
from common import functions
print(functions.sigmoid(0.0))
print(functions.softmax([1.0, 2.0]))
