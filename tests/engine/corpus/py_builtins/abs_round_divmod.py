print(abs(-3), abs(3.5), abs(-0.0), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(round(3.7), round(-3.7), round(3.14159, 2), round(10.5), round(11.5), round(-0.5), round(0.5))
print(round(1234.5678, -2), round(5, -1), round(15, -1), round(25, -1))
