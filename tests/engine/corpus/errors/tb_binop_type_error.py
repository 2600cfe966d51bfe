# corpus: traceback
name = "loss"
value = 0.25
message = name + ": " + value
