data = [("bob", 25, 3.5), ("alice", 30, 3.9), ("carol", 25, 3.7), ("dave", 35, 3.5)]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: (r[1], -r[2])))
print(sorted(data, key=lambda r: r[2], reverse=True))
print(sorted([3, -1, -4, 2], key=abs), sorted([3, -1, -4, 2], key=abs, reverse=True))
print(sorted("Hello World".split(), key=str.lower))
nums = [5, 3, 8]
r = sorted(nums)
print(nums, r, sorted([]), sorted((2, 1)), sorted({3: 0, 1: 0}))
print(sorted([1.5, float("-inf"), 0, -2]))
