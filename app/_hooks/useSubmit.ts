// Handing work in: `submitting` while the send runs, then the message of what went wrong (kept until the next try).
// The send returns a message to show when the server refused; whatever it throws is shown through `describe`.
import { useCallback, useRef, useState } from "react";

export function useSubmit(describe: (e: unknown) => string) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const describeRef = useRef(describe);
  describeRef.current = describe;
  const submit = useCallback(async (send: () => Promise<string | undefined>): Promise<void> => {
    setSubmitting(true);
    setError(null);
    try {
      const refused = await send();
      if (refused !== undefined) setError(refused);
    } catch (e) {
      setError(describeRef.current(e));
    } finally {
      setSubmitting(false);
    }
  }, []);
  return { submitting, error, submit };
}
