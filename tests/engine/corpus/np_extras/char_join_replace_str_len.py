# np.char beyond upper/lower/add (the engine refuses the rest with NotImplementedError)
import numpy as np
words = np.array(["you", "say", "goodbye"])
print(np.char.upper(words), np.char.add(words, "!"))
print(np.char.str_len(words), np.char.join("-", words), np.char.replace(words, "o", "0"))
print(np.char.strip(np.array(["  a ", "b  "])), np.char.startswith(words, "s"), np.strings.str_len(words))
