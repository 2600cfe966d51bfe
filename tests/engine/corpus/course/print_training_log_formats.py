# Common ways the course prints training progress
import numpy as np
np.random.seed(0)
losses = np.abs(np.random.randn(5)) / np.arange(1, 6)
accs = np.linspace(0.5, 0.95, 5)
for i, (l, a) in enumerate(zip(losses, accs)):
    print("iters:" + str(i * 100))
    print("Loss:" + str(l))
    print("iter %d loss %.4f acc %.2f%%" % (i, l, a * 100))
    print(f"epoch {i:3d} | loss {l:.6f} | acc {a:.3f}")
    print("{} {:.3e} {}".format(i, l, np.round(a, 3)))
    print("loss:", l, "acc:", a, "arr:", np.array([l, a]))
print("train acc, test acc | " + str(accs[-1]) + ", " + str(accs[-2]))
print("Pred:" + str(np.array([1, 0, 1], dtype=np.uint8)), "True:" + str(np.array([1, 1, 1])))
print(str(np.float64(0.1)), str(np.float32(0.1)), "%s" % np.array([0.5, 1.5]), f"{np.array([1, 2])}")
