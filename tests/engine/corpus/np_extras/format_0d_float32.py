# format() and f-strings: a NumPy float scalar formats as the Python float it holds (str() for an empty spec); a 0-d
# array formats its element as the Python object .item() gives (a float32 one as the double it holds)
import numpy as np

f = np.float32(0.1)
z = np.array(np.float32(1 / 3))
print(f"{f:.3f}|{f}|{f:e}|{f:g}|{f:.10f}|{f:10.4f}|{f:.2%}|{f:.17g}")
print(format(f, ""), format(np.float32(2.5), ".0f"), format(np.float32(1e20), ""), format(np.float32(np.nan), ".2f"))
print(format(z, ""), format(z, ".3f"), format(z, ".10f"), f"{z}", f"{z:>22}", str(z), repr(z))
print(format(np.array(1 / 3), ""), format(np.array(np.float16(0.1)), ""), format(np.array(np.float16(0.1)), ".5f"))
print(format(np.float16(0.1), ""), format(np.float16(0.1), ".5f"))
print(format(np.array(5), "d"), format(np.array(5), ">5"), format(np.array(np.int8(-5)), "+d"), format(np.array(3), ".2f"))
print(format(np.array(True), ""), format(np.array(True), ">6"), format(np.array(True), "d"), format(np.bool_(True), ">6"))
print(format(np.array("ab"), ">5"), format(np.str_("ab"), ">5"), format(np.array(1.5), "%"))
print(format(np.array([1.0]), ""), f"{np.array(2.0) ** 0.5:.4f}")
try:
    format(np.array([1.0]), ".2f")
except TypeError as e:
    print(e)
print("%s|%r|%.3f|%.10f" % (f, f, f, f), "%.10f" % np.array(np.float32(0.1)), "{:.10f}|{}|{!r}".format(f, f, f))
