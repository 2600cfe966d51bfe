// Public names of NumPy 2.4.6's numpy.random and its Generator (their dir()) that this engine does not provide: looking
// one up raises NotImplementedError naming it, as unsupported-names.ts does for numpy and numpy.linalg. Loads with
// np.random (engine/numpy-more.ts).
import { lazyNumpy } from "./lazy";
import { genType } from "./generator";
import { guard, refuseOnType } from "./unsupported-names";

/** Generator methods and attributes of NumPy 2.4.6 this engine lacks: present, and refused when called (a method) or
 *  read (an attribute), so hasattr() is True as in NumPy. */
const GENERATOR_METHODS = ["bytes", "multivariate_hypergeometric", "spawn", "vonmises"];
const GENERATOR_ATTRIBUTES = ["bit_generator"];
const RANDOM = new Set([
  "BitGenerator",
  "MT19937",
  "PCG64DXSM",
  "Philox",
  "SFC64",
  "SeedSequence",
  "bit_generator",
  "bytes",
  "get_bit_generator",
  "mtrand",
  "random_integers",
  "set_bit_generator",
  "test",
  "vonmises",
]);

lazyNumpy.push((d) => {
  guard(d.get("random"), "np.random", RANDOM);
  refuseOnType(genType, "Generator", GENERATOR_METHODS, GENERATOR_ATTRIBUTES);
});
