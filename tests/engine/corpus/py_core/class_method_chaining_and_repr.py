class Seq:
    def __init__(self):
        self.layers = []
    def add(self, name, **cfg):
        self.layers.append((name, cfg))
        return self
    def __repr__(self):
        inner = ", ".join(f"{n}({', '.join(f'{k}={v!r}' for k, v in c.items())})" for n, c in self.layers)
        return f"Seq[{inner}]"
    def __len__(self):
        return len(self.layers)
m = Seq().add("Affine", in_=4, out=3).add("Relu").add("Softmax", axis=-1)
print(m, len(m))
print(str(m) == repr(m), bool(Seq()), bool(m))
