def safe_sqrt(x):
    assert x >= 0, "x must be non-negative"
    return x ** 0.5

print(safe_sqrt(16))
try:
    safe_sqrt(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("empty message:", repr(str(e)))
assert True
print("ok")
