def main():
    print("running main", __name__)
    return 0

if __name__ == "__main__":
    rc = main()
    print("rc", rc)
print(__name__ == "__main__")
