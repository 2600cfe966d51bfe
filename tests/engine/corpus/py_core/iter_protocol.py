class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(5)))
it = iter([10, 20, 30])
print(next(it), next(it))
print(list(it))
print(next(iter([]), "default"))
for a, b in zip(Countdown(3), "xyz"):
    print(a, b)
