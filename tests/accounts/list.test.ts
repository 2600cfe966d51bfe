// lib/accounts/list.ts on PostgreSQL: search by email or name (case-insensitive, LIKE wildcards taken literally),
// ordered by email, paged (a page past the end gives the last page).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listUsers } from "../../lib/accounts/list";
import { createTestDatabase, type TestDatabase } from "../helpers/db";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
  const people = [
    ["zoe@school.example", "Zoë Zimmer"],
    ["ava@school.example", "Ava Ownerlearner"],
    ["ben@other.example", "Ben AVAlanche"],
    ["per%cent@school.example", "Percent Person"],
    ["under_score@school.example", "Under Score"],
    ["back\\slash@school.example", "Back Slash"],
    ["hanako@school.example", "山田 花子"],
  ];
  for (const [email, name] of people) await tdb.prisma.user.create({ data: { email: email!, name: name!, passwordHash: "x" } });
});
afterAll(() => tdb?.drop());

const emails = (r: { users: Array<{ email: string }> }) => r.users.map((u) => u.email);

describe("listing accounts", () => {
  it("searches email and name case-insensitively", async () => {
    expect(emails(await listUsers(tdb.prisma, { q: "AVA", page: 1 }))).toEqual(["ava@school.example", "ben@other.example"]);
    expect(emails(await listUsers(tdb.prisma, { q: "花子", page: 1 }))).toEqual(["hanako@school.example"]);
    expect(emails(await listUsers(tdb.prisma, { q: "  other.example ", page: 1 }))).toEqual(["ben@other.example"]);
  });

  it("takes % and _ literally", async () => {
    expect(emails(await listUsers(tdb.prisma, { q: "%", page: 1 }))).toEqual(["per%cent@school.example"]);
    expect(emails(await listUsers(tdb.prisma, { q: "_", page: 1 }))).toEqual(["under_score@school.example"]);
    expect(emails(await listUsers(tdb.prisma, { q: "\\", page: 1 }))).toEqual(["back\\slash@school.example"]);
  });

  it("pages by email; a page past the end gives the last page", async () => {
    const p1 = await listUsers(tdb.prisma, { q: "", page: 1 }, 4);
    expect(p1).toMatchObject({ total: 7, page: 1, perPage: 4, pages: 2 });
    expect(emails(p1)).toEqual(["ava@school.example", "back\\slash@school.example", "ben@other.example", "hanako@school.example"]);
    const p2 = await listUsers(tdb.prisma, { q: "", page: 2 }, 4);
    expect(emails(p2)).toEqual(["per%cent@school.example", "under_score@school.example", "zoe@school.example"]);
    expect(await listUsers(tdb.prisma, { q: "", page: 99 }, 4)).toMatchObject({ page: 2, users: p2.users });
    expect(await listUsers(tdb.prisma, { q: "nobody", page: 1 })).toMatchObject({ total: 0, page: 1, pages: 1, users: [] });
  });

  it("says whether each account is active", async () => {
    await tdb.prisma.user.update({ where: { email: "zoe@school.example" }, data: { deactivatedAt: new Date() } });
    const r = await listUsers(tdb.prisma, { q: "school", page: 1 });
    expect(r.users.find((u) => u.email === "zoe@school.example")).toMatchObject({ active: false });
    expect(r.users.find((u) => u.email === "ava@school.example")).toMatchObject({ active: true, deactivatedAt: null });
  });
});
