# corpus: traceback
batch_size = 32
sizes = [batch_size, 64]
print(sizes[0])
print(batch_size[0])
