def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
for n in range(10, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
