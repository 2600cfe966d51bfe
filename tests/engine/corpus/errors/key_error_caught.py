d = {"a": 1}
try:
    d["b"]
except Exception as e:
    print(type(e).__name__, e)
