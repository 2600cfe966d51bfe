// A new password (reset link, change of password) follows sign-up's rules: lib/auth/signup.ts's NewPassword in the
// request schema, then lib/users.ts's validatePassword (it counts code points, as createUser does), then argon2id.
import { MIN_PASSWORD_LENGTH, UserError, hashPassword, validatePassword } from "@/lib/users";
import { HttpError } from "@/lib/http/errors";

/** The argon2id hash of `password`, or a 400 naming `field` when it breaks the rules. */
export async function hashNewPassword(password: string, field: string): Promise<string> {
  try {
    validatePassword(password);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const message =
      [...password].length < MIN_PASSWORD_LENGTH
        ? "Password must be at least 8 characters"
        : "Password is too long (at most 256 characters)";
    throw new HttpError(400, "Validation failed", { fields: { [field]: [message] } });
  }
  return hashPassword(password);
}
