def nothing():
    pass

def early(x):
    if x:
        return
    return "late"

print(nothing(), early(1), early(0))
r = print("printed")
print(r)
class Empty:
    pass
print(type(Empty()).__name__)
