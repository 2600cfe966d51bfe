x = 1
print("start")
print(x + y)
