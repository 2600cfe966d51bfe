l = [1, 2, 3]
print(l[-1], l[-3])
for i in [3, -4]:
    try:
        l[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    l[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[2]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    l["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError:", e)
