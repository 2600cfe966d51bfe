print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -5 & 0xFF)
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print(bin(0b1011 ^ 0b0110), int.bit_count(255) if hasattr(int, "bit_count") else 8)
