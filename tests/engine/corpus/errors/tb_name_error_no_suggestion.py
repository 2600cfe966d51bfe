# corpus: traceback
x = [1, 2, 3]
print(sum(x))
y = np.array(x)
