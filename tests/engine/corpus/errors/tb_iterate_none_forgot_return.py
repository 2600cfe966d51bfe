# corpus: traceback
def get_batches(data):
    batches = [data[i:i + 2] for i in range(0, len(data), 2)]
data = [1, 2, 3, 4]
for b in get_batches(data):
    print(b)
