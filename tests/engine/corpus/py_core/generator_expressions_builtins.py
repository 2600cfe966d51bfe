nums = [4, -2, 7, 0, -9, 3]
print(sum(x for x in nums if x > 0), max(abs(x) for x in nums), min((x for x in nums), key=abs))
print(any(x < -5 for x in nums), all(isinstance(x, int) for x in nums), sorted((x * x for x in nums), reverse=True)[:3])
print(list(zip(*(iter(range(6)),) * 2)))
print(dict((str(x), x) for x in range(3)), set(x % 3 for x in nums), tuple(x for x in "ab"))
