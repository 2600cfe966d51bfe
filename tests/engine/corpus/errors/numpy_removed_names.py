# corpus: traceback
# names from older NumPy code: NumPy 2's module __getattr__ explains what to use instead (and gives no "Did you mean")
import numpy as np

for name in ["float", "int", "object", "str", "complex", "NaN", "Inf", "float_", "infty", "PINF", "NINF", "round_",
             "alltrue", "sometrue", "asfarray", "string_", "unicode_", "mat", "product", "bytes"]:
    try:
        getattr(np, name)
    except AttributeError as e:
        print(name, e.name, "|", e)
print(np.long, np.ulong, hasattr(np, "NaN"), getattr(np, "Inf", "missing"))
try:
    x = np.array([1, 2], dtype=np.float)
except AttributeError as e:
    print(e)
