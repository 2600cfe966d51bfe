import numpy as np

rows = [("affine1", 784 * 100 + 100, 0.123456), ("relu", 0, 1e-7), ("affine2", 100 * 10 + 10, 12345.678)]
print(f"{'layer':<10}|{'params':>10}|{'value':^14}|")
print("-" * 37)
for name, n, v in rows:
    print(f"{name:<10}|{n:>10,}|{v:^14.4g}|")
x = 3.14159265
print(f"{x:10.3f}|{x:<10.2e}|{x:+.1%}|{x:=+10.2f}|{x:010.4f}|{-x:_>12.5f}")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {255:X} {1234567:_} {0.5:%}")
print(f"{'abc':*^9} {'abc'!r:>8} {'日本':>5}|")
print("{:>6.2f} {:<6d} {!r}".format(2.5, 42, "s"))
print("{0}{1}{0}".format("ab", "-"), "{name}:{val:.2f}".format(name="loss", val=0.5))
print("%5.2f %-5d %s %r %e %g %%" % (3.14159, 42, "hi", "hi", 12345.678, 0.0001))
print("%(a)s=%(b).1f" % {"a": "lr", "b": 0.01})
a = np.float64(0.1) + np.float64(0.2)
print(f"{a}", f"{a:.2f}", f"{a!r}", f"{a!s}", "%.3f" % a, "{:g}".format(a))
f32 = np.float32(0.1)
print(f"{f32}", f"{f32:.10f}", f"{f32!r}", f"{float(f32)}")
i = np.int64(42)
print(f"{i:5d}|{i:x}|{i!r}|{i:.2f}")
arr = np.array([1.5, 2.25])
print(f"{arr}", f"{arr!r}", f"{arr!s}", "{}".format(arr), "%s" % arr)
try:
    print(f"{arr:.2f}")
except TypeError as e:
    print("TypeError:", e)
print(f"{np.array(2.5):.3f}", f"{arr[0]:>8.3f}", f"{arr.mean():.2e}")
w = 12
print(f"{x:{w}.{3}f}|{'hi':{'>'}{w}}|")
print(f"{1e-5:.2e} {1e21:f} {1/3:.20f} {2**0.5:.15g} {1e16:g} {123.0:g}")
print(f"{True:d} {True!r} {None!s:>6}")
