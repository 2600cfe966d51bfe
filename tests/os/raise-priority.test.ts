// Whether a process may raise a priority again, read from /proc instead of tried.
import { expect, test } from "vitest";
import { mayRaisePriority } from "../../lib/os/raise-priority";

const limits = (nice: string) =>
  `Limit                     Soft Limit           Hard Limit           Units     \nMax nice priority         ${nice}                    ${nice}                    \n`;

test("CAP_SYS_NICE (bit 23) in the effective set allows it", () => {
  expect(mayRaisePriority("CapPrm:\t000001fffeffffff\nCapEff:\t000001fffeffffff\n", limits("0"))).toBe(true);
  expect(mayRaisePriority("CapEff:\t0000000000800000\n", limits("0"))).toBe(true);
});

test("without the capability, only an RLIMIT_NICE that reaches nice 0 allows it", () => {
  // Docker's default set: no CAP_SYS_NICE
  const docker = "CapEff:\t00000000a80425fb\n";
  expect(mayRaisePriority(docker, limits("0"))).toBe(false);
  expect(mayRaisePriority(docker, limits("19"))).toBe(false);
  expect(mayRaisePriority(docker, limits("20"))).toBe(true);
  expect(mayRaisePriority(docker, limits("unlimited"))).toBe(true);
  expect(mayRaisePriority("CapEff:\t0000000000000000\n", limits("0"))).toBe(false);
});

test("files that say nothing: not allowed", () => {
  expect(mayRaisePriority("", "")).toBe(false);
});
