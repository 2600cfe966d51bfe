import numpy as np

a = np.array([0.5, 1.5, 2.5, -0.5, 1.2345, 2.675])
print(np.round(a))
print(np.around(a, 2))
print(np.round(a, 1))
print(a.round(3))
print(np.round(1234.5678, -2), np.round(np.array([1234, 5678]), -2))
print(round(2.675, 2), round(np.float64(2.675), 2), type(round(np.float64(2.5))))
print(np.round(np.float32(1.23456), 3))
scores = {"alice": np.array([0.9123, 0.85]), "bob": np.array([0.7, 0.6789])}
print(scores)
for name, s in scores.items():
    print(name.ljust(8) + str(np.round(s, 2)).rjust(14) + f"{s.mean():>8.3f}")
header = ["name", "acc", "loss"]
rows = [("train", 0.98765, 0.0423), ("val", 0.91, 0.25), ("test", 0.9, 0.3)]
print(" | ".join(h.center(8) for h in header))
print("-" * 30)
for r in rows:
    print("{:<8} | {:>8.3f} | {:>8.4f}".format(*r))
print("{:*^20}".format(" done "))
print("%-6s|%6.2f" % ("x", 3.14159))
