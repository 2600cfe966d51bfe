# corpus: traceback
id_to_word = ["<eos>", "i", "am", "cat"]
print(id_to_word[1])
print(id_to_word["am"])
