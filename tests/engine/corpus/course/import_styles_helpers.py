import numpy as np
import common.functions
import common.functions as F
from common.functions import *
from common import layers, optimizer as opt
from common.util import preprocess as prep
x = np.array([-1.0, 0.0, 1.0])
print(common.functions.sigmoid(x))
print(F.relu(x), sigmoid(x) is not None, softmax(x))
print(type(layers.Affine(np.ones((3, 2)), np.zeros(2))).__name__, opt.SGD(0.5).lr)
corpus, w2i, i2w = prep("the cat sat on the mat.")
print(corpus, w2i, i2w[0])
print(F.__name__, common.functions.__name__, layers.__name__)
