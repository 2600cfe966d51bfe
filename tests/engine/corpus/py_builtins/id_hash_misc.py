print(hash(1) == hash(1.0), hash(True) == 1, hash((1, 2)) == hash((1, 2)), hash("a") == hash("a"))
print(divmod(2 ** 65, 7), pow(2, 3, 5), chr(65) + chr(97), ord("0"))
print(bin(5), hex(-1), oct(64), int("z", 36), format(255, "08b"), format(3.14159, ".2f"), format(1e6, ","))
print(__name__)
