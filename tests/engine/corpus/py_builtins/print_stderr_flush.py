import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
sys.stdout.write("written\n")
print("end")
