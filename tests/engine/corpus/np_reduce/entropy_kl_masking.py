import numpy as np

def entropy(p, base=np.e):
    p = np.asarray(p, dtype=float)
    nz = p > 0
    return -np.sum(p[nz] * np.log(p[nz])) / np.log(base)

print(entropy([0.5, 0.5], base=2))
print(entropy([1.0, 0.0, 0.0]))
print(entropy([0.25] * 4, 2))
p = np.array([0.1, 0.4, 0.5])
q = np.array([0.3, 0.3, 0.4])
print("H(p) bits:", -np.sum(p * np.log2(p)))
print("cross:", -np.sum(p * np.log(q)))
kl = np.sum(p * np.log(p / q))
print("KL(p||q):", kl, "KL(q||p):", np.sum(q * np.log(q / p)))
print("H(p,q) - H(p):", -np.sum(p * np.log(q)) - entropy(p))
z = np.array([0.0, 0.5, 0.5])
with np.errstate(divide="ignore", invalid="ignore"):
    terms = z * np.log(z)
print(terms)
print(np.nansum(terms), np.where(z > 0, z * np.log(np.where(z > 0, z, 1)), 0.0).sum())
print(np.log2(8), np.log10(1000), np.log1p(1e-10))
