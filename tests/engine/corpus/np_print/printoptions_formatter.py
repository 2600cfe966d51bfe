# set_printoptions(formatter=...) and array2string(formatter=...): per kind, 'all', '*_kind', None entries, reset
import numpy as np

np.set_printoptions(formatter={"float": lambda v: f"{v:.2f}"})
print(np.array([1.0, 2.5]), repr(np.array([1.0, 2.5])), np.array([1, 2]))
np.set_printoptions(formatter={"int": None, "all": lambda v: "<" + str(v) + ">"})
print(np.array([1, 2]), np.array([True]), np.array([1.5]), np.array([1.5], dtype=object))
np.set_printoptions(formatter={"int_kind": hex, "int": None})
print(np.array([10, 255]))
np.set_printoptions(formatter={"int_kind": hex, "int": str})
print(np.array([10, 255]), np.array(7), repr(np.array(7)))
np.set_printoptions(formatter={"float_kind": lambda v: type(v).__name__, "bool": lambda b: "yes" if b else "no"})
print(np.array([0.5]), np.array([True, False]), np.array([[1.5, 2.5], [3.5, 4.5]], dtype=np.float32))
print(np.get_printoptions()["formatter"] is not None)
np.set_printoptions(precision=3)
print(np.array([1 / 3]), np.get_printoptions()["formatter"])
print(np.array2string(np.array([1.0, 2.0]), formatter={"float_kind": lambda x: "%.2f" % x}, separator=", "))
np.set_printoptions(formatter={"float": lambda v: 3})
try:
    print(np.array([1.5]))
except AttributeError as e:
    print("AttributeError:", e)
