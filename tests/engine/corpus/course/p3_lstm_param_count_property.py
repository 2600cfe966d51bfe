import numpy as np

class LSTMLayer:
    def __init__(self, D, H):
        self._D, self._H = D, H
        self.params = [np.zeros((D, 4 * H)), np.zeros((H, 4 * H)), np.zeros(4 * H)]

    @property
    def hidden_size(self):
        return self._H

    @hidden_size.setter
    def hidden_size(self, value):
        raise AttributeError("hidden_size is fixed after construction")

    def __len__(self):
        return sum(p.size for p in self.params)

    def __repr__(self):
        return f"LSTMLayer(D={self._D}, H={self._H}, params={len(self):,})"

layers = [LSTMLayer(100, 100), LSTMLayer(650, 650), LSTMLayer(8, 16)]
for l in layers:
    print(l)
print(sorted(layers, key=len))
print(max(layers, key=lambda l: l.hidden_size).hidden_size)
try:
    layers[0].hidden_size = 3
except AttributeError as e:
    print(e)
print(f"{len(layers[1]):_d} {len(layers[1]):e} {len(layers[1]):>12,}")
