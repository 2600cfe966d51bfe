# np.errstate / seterr / geterr and the warnings filters: ignored, raised (FloatingPointError, RuntimeWarning as error), restored
import numpy as np
import warnings
with np.errstate(all='raise'):
    try:
        np.array([1.0]) / 0
    except FloatingPointError as e:
        print("FPE", e)
    try:
        np.array([1e308]) * 10
    except FloatingPointError as e:
        print("FPE", e)
print(np.geterr())
old = np.seterr(invalid='ignore')
print(np.sqrt(np.array([-1.0])), old['invalid'], np.geterr()['invalid'])
np.seterr(**old)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(np.log(np.array([0.0])))
print(np.log(np.array([0.0, 1.0])))
warnings.filterwarnings("ignore", category=RuntimeWarning)
print(np.array([1.0]) / 0)
warnings.resetwarnings()
warnings.simplefilter("error")
try:
    np.array([2.0]) / 0
except RuntimeWarning as e:
    print("RW", e)
warnings.resetwarnings()
warnings.warn("custom note")
try:
    np.seterr(divide='bogus')
except ValueError as e:
    print(e)
x = np.array([1.0, 2.0]).astype(int)
with np.errstate(invalid='ignore'):
    print(np.array([np.nan]).astype(np.int64))
