from dataclasses import dataclass, field
import numpy as np


@dataclass
class RNNCell:
    input_size: int
    hidden_size: int
    seed: int = 0
    params: dict = field(default_factory=dict)

    def __post_init__(self):
        rng = np.random.default_rng(self.seed)
        self.params["Wx"] = rng.normal(0, 0.1, (self.input_size, self.hidden_size))
        self.params["Wh"] = rng.normal(0, 0.1, (self.hidden_size, self.hidden_size))
        self.params["b"] = np.zeros(self.hidden_size)

    @property
    def n_params(self):
        return sum(p.size for p in self.params.values())

    def step(self, x, h):
        return np.tanh(x @ self.params["Wx"] + h @ self.params["Wh"] + self.params["b"])


cell = RNNCell(3, 4, seed=42)
print(cell.n_params)
print(repr(cell)[:40])
xs = np.arange(15, dtype=float).reshape(5, 3) / 10
h = np.zeros(4)
for t, x in enumerate(xs):
    h = cell.step(x, h)
    print(f"t={t} |h|={np.linalg.norm(h):>8.4f} h[0]={h[0]:+.5f}")
print(np.round(h, 6))
for name, p in sorted(cell.params.items(), key=lambda kv: kv[1].size):
    print(f"{name:<3}{str(p.shape):>8} mean={p.mean():.4e}")
