counts = {0: 5, 1: 3}
total = 0
for k in range(3):
    total += counts[k]
