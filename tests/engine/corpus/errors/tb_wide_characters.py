# corpus: traceback
loss = 0.5
count = 0
print("平均損失:", loss / count)
