# A Dataset with __len__/__getitem__ (slices too) and a DataLoader iterator: for, enumerate, zip, list, next.
import numpy as np
class Dataset:
    def __init__(self, x, t):
        self.x = x
        self.t = t
    def __len__(self):
        return len(self.x)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Dataset(self.x[index], self.t[index])
        return self.x[index], self.t[index]
class DataLoader:
    def __init__(self, dataset, batch_size):
        self.dataset = dataset
        self.batch_size = batch_size
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= len(self.dataset):
            raise StopIteration
        b = self.dataset[self.i:self.i + self.batch_size]
        self.i += self.batch_size
        return b.x, b.t
    def __len__(self):
        return (len(self.dataset) + self.batch_size - 1) // self.batch_size
ds = Dataset(np.arange(10).reshape(5, 2), np.array([0, 1, 0, 1, 1]))
print(len(ds), ds[1], ds[-1])
for x, t in ds:
    print(x, t)
for i, (x, t) in enumerate(ds):
    if i > 1: break
    print(i, x, t)
print(len(ds[1:4]), ds[::2].t)
loader = DataLoader(ds, 2)
print(len(loader))
for xb, tb in loader:
    print(xb.tolist(), tb)
for (xb, tb), n in zip(loader, "abc"):
    print(n, tb)
print(list(iter(loader))[-1])
print(list(ds)[0])
try:
    ds[10]
except IndexError as e:
    print("IndexError", e)
print(sum(1 for _ in ds))
print(next(iter(loader))[1])
