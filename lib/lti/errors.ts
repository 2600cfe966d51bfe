// A failed LTI check: which check, a sentence for the person in the LMS frame, and the HTTP status. Launch and login
// failures are pages (the browser arrived by a form post from the LMS), so lib/lti/http.ts renders them as HTML.
export type LtiCheck =
  | "request"
  | "platform"
  | "state"
  | "signature"
  | "kid"
  | "issuer"
  | "audience"
  | "expiry"
  | "nonce"
  | "deployment"
  | "message_type"
  | "version"
  | "claims"
  | "target"
  | "role"
  | "ticket"
  | "deep_link"
  | "service";

export class LtiError extends Error {
  readonly check: LtiCheck;
  readonly status: number;
  constructor(check: LtiCheck, message: string, status = 400) {
    super(message);
    this.name = "LtiError";
    this.check = check;
    this.status = status;
  }
}
