import numpy as np

np.random.seed(0)
losses = np.abs(np.random.randn(5)) + np.linspace(1.0, 0.2, 5)
accs = np.clip(np.linspace(0.5, 0.95, 5) + np.random.randn(5) * 0.01, 0, 1)
cols = ["epoch", "loss", "acc", "lr"]
widths = [6, 10, 8, 10]
print("".join(c.ljust(w) for c, w in zip(cols, widths)))
print("=" * sum(widths))
for e, (l, a) in enumerate(zip(losses, accs), start=1):
    lr = 0.1 * 0.5 ** (e // 2)
    cells = [str(e), f"{l:.4f}", f"{a:.2%}", f"{lr:.2e}"]
    print("".join(c.ljust(w) for c, w in zip(cells, widths)))
print("-" * sum(widths))
print(f"{'best':<6}{losses.min():<10.4f}{accs.max():<8.1%}")
print("|" + "|".join(f"{v:^9.3f}" for v in losses) + "|")
print("{:>8}|{:>8}".format("pred", "true"))
for p, t in zip(np.array([0, 2, 1]), np.array([0, 1, 1])):
    mark = "ok" if p == t else "NG"
    print("{:>8}|{:>8} {}".format(p, t, mark))
print(str(losses.round(2)).center(40, "."))
print(repr(accs[0]), str(accs[0]), f"{accs[0]}")
print("%5.1f%%" % (accs[-1] * 100), "%-8s|" % "left", "%08.3f" % losses[0])
print(" ".join(map(str, np.arange(3) * 0.5)), ", ".join(f"{x:g}" for x in [1e-5, 0.5, 100.0, 1e7]))
