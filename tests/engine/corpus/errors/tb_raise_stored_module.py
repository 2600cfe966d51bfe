# corpus: traceback
err = None
try:
    int("abc")
except ValueError as e:
    err = e
print("stored", err)
raise err
