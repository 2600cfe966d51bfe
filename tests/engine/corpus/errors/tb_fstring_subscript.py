# corpus: traceback
items = {"a": 1}
msg = f"value: {items['b']:>5}"
