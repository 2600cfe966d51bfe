# corpus: traceback
word_to_id = {"you": 0, "say": 1, "goodbye": 2}
sentence = "you say hello".split()
print([word_to_id[w] for w in sentence[:2]])
ids = [word_to_id[w] for w in sentence]
print(ids)
