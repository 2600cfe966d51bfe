# corpus: traceback
vocab = {"you": 0, "say": 1, "goodbye": 2}
for word, idx in vocab.items():
    print(word, idx)
for word, idx in vocab:
    print(word, idx)
