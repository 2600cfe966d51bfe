n = 1234567
print(str(n), repr(n), format(n, ","), format(-n, "+,"), f"{n:>12,}", f"{n:e}", f"{n:.2e}")
print(str(-0), str(10 ** 21), str(-10 ** 21), int("-0"), 0 == -0)
print(f"{255:08b}", f"{255:#010x}", f"{-42:05d}", f"{42:+05d}", f"{7:^5}|")
