# warnings.catch_warnings(record=True): the warnings as WarningMessage objects instead of shown; filters restored
import numpy as np
import warnings

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    np.log(np.array([0.0]))
    warnings.warn("hello")
    warnings.warn("dep", DeprecationWarning)
print(len(ws), [w.category.__name__ for w in ws], [str(w.message) for w in ws], ws[0].lineno, type(ws[0]).__name__)
print(str(ws[1]).split("filename")[0], isinstance(ws[0].message, RuntimeWarning))
with warnings.catch_warnings(record=True) as ws2:
    for i in range(3):
        np.log(np.array([0.0]))
print(len(ws2))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    np.log(np.array([0.0]))
with warnings.catch_warnings(record=True) as ws3:
    warnings.simplefilter("error")
    try:
        np.log(np.array([0.0]))
    except RuntimeWarning as e:
        print("err", e)
print(len(ws3))
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print(e)
for i in range(2):
    with warnings.catch_warnings(record=True) as w4:
        np.sqrt(np.array([-1.0]))
    print(i, len(w4))
