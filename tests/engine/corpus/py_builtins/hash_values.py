print(hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.0), hash(True))
print(hash(()) == hash(()), hash(10 ** 20))
