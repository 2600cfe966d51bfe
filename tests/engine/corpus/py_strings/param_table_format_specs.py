import numpy as np

names = ["W1", "b1", "W2", "b2"]
shapes = [(784, 50), (50,), (50, 10), (10,)]
total = 0
print(f"{'param':<6}{'shape':>12}{'count':>8}")
print("-" * 26)
for n, s in zip(names, shapes):
    c = int(np.prod(s))
    total += c
    print(f"{n:<6}{str(s):>12}{c:>8,}")
print(f"{'total':<6}{'':>12}{total:>8,}")
print("{:=^26}".format(" done "))
print("%-6s|%6.2f|%-8.3e|%+d" % ("x", np.float64(3.14159), np.float64(12345.678), np.int64(5)))
print("{0} {1} {0}".format("a", np.float32(0.1)), "{name}: {val:.3f}".format(name="lr", val=np.float64(0.001)))
s = "  Hello, Deep Learning!  "
print(s.strip().lower().split(), s.count("l"), s.find("Deep"), s.replace("!", "?").strip())
print("-".join(map(str, np.arange(4))), "x".center(7, "*"), "42".zfill(5), "3.5".rjust(6, "0"))
print("abc".upper(), "Title case".title(), "a,b,,c".split(","), "a b  c".split(), " x ".isspace())
print(f"{12345.6789:,.2f}", f"{0.000123:.2e}", f"{1e6:g}", f"{1e-5:g}", f"{123456789:e}")
print(f"{np.pi:8.3f}|{np.e:<8.3f}|{-np.pi:^9.2f}|")
print(f"{True!s:>6}", f"{None}", f"{[1, 2]!r}", f"{'q'!a}")
val = np.array([0.5, 0.25])
print(f"{val}", f"{val!r}", "val=%s" % val, "val=%r" % (val,))
print(str(np.array([1e-8, 1.0])), str(np.array([1e8, 1.0])), np.array([123456789.0, 1.0]))
print(np.array([0.1, 0.25, 1.0 / 3]), np.array([1.0, 2.0]) * 1e5, np.array([1.5e-5, 2.0]))
print(np.array2string(np.array([1.0, 2.5]), formatter={"float_kind": lambda x: "%.2f" % x}))
print(np.format_float_positional(np.float64(0.1), precision=3), np.format_float_scientific(np.float64(12345.0), precision=2))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.float32)), repr(np.array([], dtype=np.int64)))
print(repr(np.arange(3, dtype=np.uint8)), repr(np.array([True, False])), repr(np.array(["a", "bb"])))
