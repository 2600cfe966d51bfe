import random

random.seed(0)
print(random.random())
print(random.randint(1, 6), random.randint(1, 6))
print(random.choice(["up", "down", "left", "right"]))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5))
print(round(random.uniform(0, 1), 6))
print(round(random.gauss(0, 1), 6))
print(random.choices(["a", "b", "c"], weights=[1, 2, 7], k=10))
counts = {}
for _ in range(1000):
    k = random.choice("HT")
    counts[k] = counts.get(k, 0) + 1
print(counts)
