# course helper package (supplied to the engine through options.modules)
