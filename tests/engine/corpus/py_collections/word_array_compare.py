# words kept in a NumPy array (as word2vec preprocessing does): comparisons are per element, with Python's rules
import numpy as np

w = np.array(["you", "say", "goodbye", "and", "i", "say", "hello", "."])
print(w == "say", w != "say", np.where(w == "say")[0], "say" == w)
print(w[w != "you"], (w == np.array(["you"] * 8)).sum(), w < "m")
ids = {word: i for i, word in enumerate(dict.fromkeys(w.tolist()))}
print(ids, [ids[x] for x in w])
print(np.array([1, None, 3], dtype=object) == None)
