for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(123.456, -1), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(3.14159, 3), round(2.5, 0), round(1e16 + 1.5), round(7, 1))
print(round(0.1 + 0.2, 10), round(1/3, 5))
