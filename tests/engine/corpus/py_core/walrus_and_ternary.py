data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
evens = [y for x in data if (y := x * 2) > 5]
print(evens)
print(["odd" if v % 2 else "even" for v in data])
